// @ts-check
import { defineConfig } from 'astro/config';
import outpost from './src/site/integration.ts';

// The site's whole configuration lives in outpost({...}); see README "Configuration".
export default defineConfig({
  integrations: [
    outpost({
      name: 'Parcelpoint Status',
      url: 'https://status.parcelpoint.example/',
      description: 'Live status of Parcelpoint shipping labels, tracking and the developer API.',
      timeZone: 'UTC', // pages state UTC; a small script shows each reader their own zone
      updateCadenceMinutes: 30,
      groups: [
        { id: 'shipping', name: 'Shipping', description: 'What merchants use every day.' },
        { id: 'developers', name: 'Developers', description: 'For integrations built on Parcelpoint.' },
      ],
      components: [
        {
          id: 'dashboard',
          name: 'Merchant dashboard',
          description: 'Signing in, orders and settings at app.parcelpoint.example',
          group: 'shipping',
        },
        { id: 'labels', name: 'Label printing', description: 'Buying and printing shipping labels', group: 'shipping' },
        {
          id: 'tracking',
          name: 'Parcel tracking',
          description: 'Tracking pages and delivery e-mails for your customers',
          group: 'shipping',
        },
        { id: 'pickups', name: 'Pickup booking', description: 'Booking carrier pickups', group: 'shipping' },
        { id: 'api', name: 'REST API', description: 'api.parcelpoint.example', group: 'developers' },
        {
          id: 'webhooks',
          name: 'Webhooks',
          description: 'Tracking and order events sent to your endpoints',
          group: 'developers',
        },
        {
          id: 'store-sync',
          name: 'Store sync',
          description: 'Importing orders from Shopify, WooCommerce and others',
          group: 'developers',
        },
      ],
    }),
  ],
});
