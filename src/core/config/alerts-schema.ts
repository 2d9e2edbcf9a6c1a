/**
 * Alerts from monitoring: `alerts: {...}` in the site config. Which components an alert is about
 * (its labels, or its Uptime Kuma monitor's name), and whether a drafted incident waits for a
 * person (a draft pull request, the default) or is published at once.
 */
import { z } from 'zod';
import { IMPACTS } from '../incident/vocabulary.ts';

export const AlertRouteSchema = z
  .strictObject({
    /**
     * Labels the alert must carry, each with this value or one of these values (Alertmanager, Grafana).
     * @example { service: 'checkout', env: 'production' }
     */
    labels: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])).optional(),
    /**
     * Uptime Kuma monitors, by name.
     * @example ['Checkout API', 'checkout.example.com']
     */
    monitors: z.array(z.string().min(1)).min(1).optional(),
    /** The site's components the alert is about. @example ['checkout'] */
    components: z.array(z.string()).min(1),
    /**
     * The drafted incident's impact; default: from the alert's `severity` label
     * (critical → major, warning → minor).
     */
    impact: z.enum(IMPACTS).optional(),
  })
  .refine((route) => route.labels !== undefined || route.monitors !== undefined, {
    message: 'needs labels or monitors to match alerts by',
    params: {
      whole: false,
      expected: 'labels: { … } or monitors: [ … ]',
      exampleValue: "{ labels: { service: 'checkout' }, components: ['checkout'] }",
    },
  });

export const AlertsSchema = z
  .strictObject({
    /**
     * Publish a drafted incident at once (it still has to validate), instead of opening a draft
     * pull request for a person to merge.
     * @default false
     */
    autoPublish: z.boolean().default(false),
    /** A label whose value is a component id names the component directly. @default 'component' */
    componentLabel: z.string().min(1).default('component'),
    /**
     * Which alerts are about which components; an alert may match several routes. An alert that
     * matches none (and has no component label) drafts nothing: internal alerts stay internal.
     */
    routes: z.array(AlertRouteSchema).default([]),
  })
  .default({ autoPublish: false, componentLabel: 'component', routes: [] });

export type AlertsConfig = z.output<typeof AlertsSchema>;
export type AlertRoute = z.output<typeof AlertRouteSchema>;
