/**
 * The site configuration, passed to the `outpost()` integration in
 * `astro.config.mjs`. Validated once, at the boundary; every problem is
 * reported with its dotted path (`components.2.group`).
 */
import { z } from 'zod';
import { isValidTimeZone } from '../incident/time.ts';
import { DEFAULT_JARGON, GUIDANCE_RULES } from './guidance-rules.ts';
import { brandingFields } from './branding.ts';
import { checkLanguages, languageFields, siteLocales } from './languages.ts';
import { AnnounceChannelSchema, checkAnnounceChannels } from '../channels/channels.ts';
import { AlertsSchema } from './alerts-schema.ts';

/**
 * A name shown in headings, page titles, feed titles, e-mail subjects and the calendar's name: one line,
 * since a line break there ends the header it sits in (the calendar's X-WR-CALNAME).
 */
const oneLineName = z
  .string()
  .min(1)
  .superRefine((name, ctx) => {
    if (!/[\r\n\u2028\u2029]/.test(name)) return;
    const oneLine = name
      .split(/\s*[\r\n\u2028\u2029]+\s*/)
      .filter(Boolean)
      .join(' ');
    ctx.addIssue({
      code: 'custom',
      message:
        "has a line break; a name is one line, since a line break would end the calendar's name " +
        'and split the page title',
      params: { whole: true, expected: 'the name on one line', exampleValue: `'${oneLine.replace(/[\\']/g, '\\$&')}'` },
    });
  });

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes, like "checkout-api"');

/**
 * The first day the page reports on, in the site's time zone: uptime bars show the days before it as
 * "no data" and the percentage leaves them out (a day with an incident is data all the same).
 */
const trackedSince = z.iso.date({ error: 'a day as "YYYY-MM-DD", like "2026-11-20"' }).optional();

export const GroupSchema = z.strictObject({
  /** Stable id, used in URLs (`/components/<id>/`). @example 'payments' */
  id,
  /** Shown as the group's heading. @example 'Payments' */
  name: oneLineName,
  /** One sentence for customers. */
  description: z.string().optional(),
});

export const ComponentSchema = z.strictObject({
  /** Stable id, used in incident files and URLs. @example 'checkout' */
  id,
  /** Customer-facing name. @example 'Checkout' */
  name: oneLineName,
  /** What it is, in customers' words. @example 'Paying for orders in the web shop and the app' */
  description: z.string().optional(),
  /** Id of a group from `groups`. @example 'payments' */
  group: z.string().optional(),
  /** A component added later: the first day its uptime is tracked (default: the site's). @example '2026-12-01' */
  trackedSince,
});

export const SiteConfigSchema = z
  .strictObject({
    /** The name in the header and the feeds. @example 'Acme Status' */
    name: oneLineName,
    /** Where the site is published, with its base path. @example 'https://status.example.com/' */
    url: z.url({ protocol: /^https?$/ }),
    /** One line under the name. */
    description: z.string().optional(),
    /** IANA zone in which days begin and times are shown to readers without JavaScript. @example 'Europe/Berlin' */
    timeZone: z
      .string()
      .refine(isValidTimeZone, 'is not a time zone; use an IANA name like "UTC" or "Europe/Berlin"')
      .default('UTC'),
    /**
     * The first day the page reports on (`outpost init` writes the day it ran): uptime bars show the days
     * before it as "no data" instead of green. Without it, every day of the window counts. @example '2026-11-20'
     */
    trackedSince,
    /** How often an active incident is expected to get an update, in minutes. @example 30 */
    updateCadenceMinutes: z.number().int().positive().default(30),
    /**
     * An unresolved incident with no update for this many days gets a warning for the team (it was probably
     * forgotten). Never an error: time passing never stops the page from publishing. @example 7
     */
    openIncidentDays: z.number().int().positive().default(7),
    /** Entries in each feed, newest first. */
    feedLimit: z.number().int().positive().default(100),
    /** Incidents per page of `/history/`. */
    historyPageSize: z.number().int().positive().default(25),
    /** Folder of incident files, relative to the project root. */
    incidentsDir: z.string().default('incidents'),
    /**
     * Communication guidance: each rule off, warn (default) or error.
     * @example guidance: { jargon: 'off', cliche: 'error' }
     */
    guidance: z.partialRecord(z.enum(GUIDANCE_RULES), z.enum(['off', 'warn', 'error'])).default({}),
    /** Terms the `jargon` rule flags in updates; replaces the built-in list. */
    jargon: z.array(z.string().min(1)).default([...DEFAULT_JARGON]),
    /** Groups of components, in display order. */
    groups: z.array(GroupSchema).default([]),
    /** The components, in display order. */
    components: z.array(ComponentSchema).min(1, 'at least one component'),
    ...brandingFields,
    ...languageFields,
    /**
     * Where `npx outpost announce` sends each new update, one entry per channel; see docs/announce.md.
     * @example announce: [{ kind: 'slack', urlEnv: 'SLACK_WEBHOOK_URL', minImpact: 'major' }]
     */
    announce: z.array(AnnounceChannelSchema).default([]),
    /**
     * Alerts from monitoring draft incidents (`npx outpost alert`); see docs/alerts.md.
     * @example alerts: { routes: [{ labels: { service: 'checkout' }, components: ['checkout'] }] }
     */
    alerts: AlertsSchema,
  })
  .superRefine((config, ctx) => {
    checkLanguages(config, (issue) => ctx.addIssue({ code: 'custom', ...issue }));
    const seen = new Set<string>();
    const groupIds = new Set(config.groups.map((group) => group.id));
    config.groups.forEach((group, index) => {
      if (seen.has(group.id))
        ctx.addIssue({
          code: 'custom',
          path: ['groups', index, 'id'],
          message: `"${group.id}" is used twice; ids must be unique`,
        });
      seen.add(group.id);
    });
    config.components.forEach((component, index) => {
      if (seen.has(component.id))
        ctx.addIssue({
          code: 'custom',
          path: ['components', index, 'id'],
          message: `"${component.id}" is used twice; component and group ids must be unique`,
        });
      seen.add(component.id);
      if (component.group !== undefined && !groupIds.has(component.group)) {
        ctx.addIssue({
          code: 'custom',
          path: ['components', index, 'group'],
          message: `"${component.group}" is not a group`,
          input: component.group,
          params: { known: [...groupIds] },
        });
      }
    });
    const site = { ids: seen, locales: siteLocales(config) };
    checkAnnounceChannels(config.announce, site, (issue) => ctx.addIssue({ code: 'custom', ...issue }));
    const componentIds = config.components.map((component) => component.id);
    config.alerts.routes.forEach((route, index) => {
      route.components.forEach((component, at) => {
        if (!componentIds.includes(component)) {
          ctx.addIssue({
            code: 'custom',
            path: ['alerts', 'routes', index, 'components', at],
            message: 'is not a component',
            input: component,
            params: { known: componentIds },
          });
        }
      });
    });
  });

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;
export type ComponentConfig = z.output<typeof ComponentSchema>;
export type GroupConfig = z.output<typeof GroupSchema>;
