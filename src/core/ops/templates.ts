/**
 * Templates for common outages, each in three lengths: the status page, an
 * email (subject and body) and a post of at most 280 characters with the
 * link. Placeholders: {components}, {next} (next update time), {link}.
 * They follow the guidance rules, and a test keeps them warning-free.
 */
import type { Impact, UpdateStatus } from '../incident/vocabulary.ts';

export interface Template {
  name: string;
  description: string;
  title: string;
  impact: Impact;
  status: UpdateStatus;
  page: string;
  email: { subject: string; body: string };
  post: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    name: 'full-outage',
    description: 'Something is completely unavailable',
    title: '{components} unavailable',
    impact: 'critical',
    status: 'investigating',
    page: '{components} is unavailable for all customers. We are working to restore it and will post what we learn here. Next update by {next}.',
    email: { subject: '{components} is unavailable', body: '{components} is unavailable for all customers right now. Our team is working to restore it.\n\nWe will post the next update by {next} on our status page: {link}' },
    post: '{components} is unavailable for all customers. We are working on it. Next update by {next}: {link}',
  },
  {
    name: 'partial-outage',
    description: 'Some customers or some requests fail',
    title: 'Some customers see errors in {components}',
    impact: 'major',
    status: 'investigating',
    page: 'Some customers see errors when using {components}. Nothing you saved is lost. If something fails, please try again in a few minutes. Next update by {next}.',
    email: { subject: 'Errors in {components} for some customers', body: 'Some customers see errors when using {components}. Nothing you saved is lost; if something fails, please try again in a few minutes.\n\nNext update by {next} on our status page: {link}' },
    post: 'Some customers see errors in {components}. Nothing is lost; please retry in a few minutes. Next update by {next}: {link}',
  },
  {
    name: 'degraded-performance',
    description: 'Everything works, but slowly',
    title: '{components} is slow',
    impact: 'minor',
    status: 'investigating',
    page: '{components} works but responds more slowly than usual. Everything you do is saved as normal. Next update by {next}.',
    email: { subject: '{components} is slower than usual', body: '{components} works but responds more slowly than usual. Everything you do is saved as normal.\n\nNext update by {next} on our status page: {link}' },
    post: '{components} is slower than usual; everything still works and is saved. Next update by {next}: {link}',
  },
  {
    name: 'third-party',
    description: 'A service we depend on has a problem that affects you',
    title: '{components} affected by a problem at a partner',
    impact: 'major',
    status: 'identified',
    page: 'A service we rely on for {components} has a problem, and some of your requests fail. We are working with them and on ways around it. Next update by {next}.',
    email: { subject: '{components}: some requests fail', body: 'A service we rely on for {components} has a problem, and some of your requests fail. We are working with them and on ways around it.\n\nNext update by {next} on our status page: {link}' },
    post: 'Some {components} requests fail because of a problem at a service we rely on. We are on it. Next update by {next}: {link}',
  },
  {
    name: 'delayed-data',
    description: 'Data, emails or events arrive late but are not lost',
    title: '{components} delayed',
    impact: 'minor',
    status: 'investigating',
    page: '{components} arrives later than usual. Nothing is lost: everything delayed will be delivered, in order. Next update by {next}.',
    email: { subject: '{components} is delayed', body: '{components} arrives later than usual. Nothing is lost: everything delayed will be delivered, in order.\n\nNext update by {next} on our status page: {link}' },
    post: '{components} arrives late. Nothing is lost; it will all be delivered in order. Next update by {next}: {link}',
  },
  {
    name: 'security',
    description: 'A security-related incident; say what customers should do',
    title: 'Security incident affecting {components}',
    impact: 'major',
    status: 'investigating',
    page: 'We are investigating a security issue affecting {components}. As a precaution, please sign out and sign in again. We will tell you here what we find and whether you need to do anything more. Next update by {next}.',
    email: { subject: 'Security issue affecting {components}: what to do', body: 'We are investigating a security issue affecting {components}. As a precaution, please sign out and sign in again.\n\nWe will tell you what we find and whether you need to do anything more. Next update by {next}: {link}' },
    post: 'We are investigating a security issue affecting {components}. As a precaution, please sign in again. Next update by {next}: {link}',
  },
  {
    name: 'maintenance',
    description: 'Planned maintenance: when, what is affected, what to do',
    title: 'Planned maintenance of {components}',
    impact: 'none',
    status: 'scheduled',
    page: 'During this window {components} may be unavailable for a few minutes at a time. Please retry anything that fails; nothing you save is lost.',
    email: { subject: 'Planned maintenance of {components}', body: 'During the maintenance window {components} may be unavailable for a few minutes at a time. Please retry anything that fails; nothing you save is lost.\n\nDetails and times: {link}' },
    post: 'Planned maintenance: {components} may be briefly unavailable during the window. Please retry anything that fails. Details: {link}',
  },
  {
    name: 'all-clear',
    description: 'The Resolved update: what works, what was lost (often nothing), what to do',
    title: '{components} works normally again',
    impact: 'none',
    status: 'resolved',
    page: '{components} works normally again. Nothing was lost, and you do not need to do anything. Thank you for bearing with us.',
    email: { subject: 'Resolved: {components} works normally again', body: '{components} works normally again. Nothing was lost, and you do not need to do anything.\n\nThe full timeline is on our status page: {link}' },
    post: 'Resolved: {components} works normally again. Nothing was lost and you do not need to do anything. Details: {link}',
  },
];

export function findTemplate(name: string): Template | undefined {
  return TEMPLATES.find((template) => template.name === name);
}

export function fillTemplate(text: string, values: { components: string; next: string; link: string }): string {
  return text.replace(/\{(components|next|link)\}/g, (_, key: keyof typeof values) => values[key]);
}
