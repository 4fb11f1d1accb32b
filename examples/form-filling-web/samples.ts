/**
 * the three sample forms of the page: each a JSON Schema (titles and descriptions make the
 * labels) and a message to fill it from.
 */
import type { JsonSchema } from 'unmask';

export interface SampleForm {
  id: string;
  title: string;
  schema: Exclude<JsonSchema, boolean>;
  message: string;
}

export const shippingAddress: SampleForm = {
  id: 'shipping',
  title: 'Shipping address',
  schema: {
    title: 'Shipping address',
    description: 'Where the parcel goes, and how fast.',
    type: 'object',
    properties: {
      fullName: { type: 'string', title: 'Full name', maxLength: 40 },
      email: { type: 'string', format: 'email', title: 'E-mail', description: 'For the tracking link.' },
      address: {
        type: 'object',
        title: 'Address',
        properties: {
          street: { type: 'string', title: 'Street and number', maxLength: 40 },
          postalCode: { type: 'string', title: 'Postal code', pattern: '^[0-9]{4,5}$' },
          city: { type: 'string', title: 'City', maxLength: 30 },
          country: {
            type: 'string',
            title: 'Country',
            enum: ['Germany', 'France', 'Norway', 'Netherlands', 'Spain', 'Italy'],
          },
        },
        required: ['street', 'postalCode', 'city', 'country'],
        additionalProperties: false,
      },
      express: { type: 'boolean', title: 'Express delivery', description: 'Next working day, extra charge.' },
      deliverBy: { type: 'string', format: 'date', title: 'Deliver by' },
    },
    required: ['fullName', 'email', 'address', 'express'],
    additionalProperties: false,
  },
  message:
    "Hello, I'm Jonas Berg. Please send the parcel to Storgata 12, 0155 Oslo, Norway. It has to arrive by March 14, 2026, so express please. You can reach me at jonas.berg@example.no.",
};

export const restaurantBooking: SampleForm = {
  id: 'booking',
  title: 'Restaurant booking',
  schema: {
    title: 'Restaurant booking',
    type: 'object',
    properties: {
      name: {
        type: 'string',
        title: 'Name',
        description: 'The booking is held under this name.',
        maxLength: 40,
      },
      phone: { type: 'string', title: 'Phone', pattern: '^\\+?[0-9][0-9 ]{5,18}$' },
      guests: { type: 'integer', title: 'Guests', minimum: 1, maximum: 20 },
      date: { type: 'string', format: 'date', title: 'Date' },
      seating: { type: 'string', title: 'Seating', enum: ['indoor', 'terrace', 'bar'] },
      highChair: { type: 'boolean', title: 'High chair needed' },
      dietary: {
        type: 'array',
        title: 'Dietary needs',
        description: 'One need per line.',
        items: { type: 'string', title: 'Need', maxLength: 30 },
        maxItems: 3,
      },
    },
    required: ['name', 'guests', 'date', 'seating', 'highChair'],
    additionalProperties: false,
  },
  message:
    'Hi, a table for 5 on 2026-06-12 please, on the terrace if the weather holds. We bring a toddler, so a high chair would help. One of us is vegetarian. Name: Chidi Okafor, phone +447700900123.',
};

export const supportTicket: SampleForm = {
  id: 'ticket',
  title: 'Support ticket',
  schema: {
    title: 'Support ticket',
    type: 'object',
    properties: {
      customer: {
        type: 'object',
        title: 'Customer',
        properties: {
          name: { type: 'string', title: 'Name', maxLength: 40 },
          email: { type: 'string', format: 'email', title: 'E-mail' },
        },
        required: ['name', 'email'],
        additionalProperties: false,
      },
      orderNumber: { type: 'string', title: 'Order number', pattern: '^[A-Z]{2}-[0-9]{6}$' },
      category: {
        type: 'string',
        title: 'Category',
        enum: ['billing', 'delivery', 'damaged item', 'account', 'other'],
      },
      priority: { type: 'string', title: 'Priority', enum: ['low', 'normal', 'high'] },
      items: {
        type: 'array',
        title: 'Affected items',
        maxItems: 2,
        items: {
          type: 'object',
          title: 'Item',
          properties: {
            product: { type: 'string', title: 'Product', maxLength: 30 },
            quantity: { type: 'integer', title: 'Quantity', minimum: 1, maximum: 99 },
          },
          required: ['product', 'quantity'],
          additionalProperties: false,
        },
      },
    },
    required: ['customer', 'orderNumber', 'category', 'priority'],
    additionalProperties: false,
  },
  message:
    'Hi, this is Maria Keller (maria.keller@example.org). My order KT-448210 came with 2 glass jars broken. This is urgent: please replace them before Saturday.',
};

export const sampleForms: readonly SampleForm[] = [shippingAddress, restaurantBooking, supportTicket];
