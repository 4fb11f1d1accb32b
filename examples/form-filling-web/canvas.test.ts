import { describe, expect, it } from 'vitest';
import { readCanvas } from './public/canvas.js';
import { restaurantBooking, shippingAddress, supportTicket } from './samples';

/** frames of the embedded model on the sample forms, as `stream()` gave them. */
describe('example: form-filling-web, reading a frame', () => {
  it('a nested object, masks in the middle of values, an empty optional slot', () => {
    const { leaves } = readCanvas(
      shippingAddress.schema,
      '{"fullName":"░onas Berg","email":"jonas.berg@example.no","address":{"street":"░155 Oslo","postalCode":"0155","city":"░onas░erg","country":"░orw░"},"express":░,"deliverBy":}',
    );
    expect(Object.fromEntries(leaves)).toEqual({
      '/fullName': '░onas Berg',
      '/email': 'jonas.berg@example.no',
      '/address/street': '░155 Oslo',
      '/address/postalCode': '0155',
      '/address/city': '░onas░erg',
      '/address/country': '░orw░',
      '/express': '░',
      '/deliverBy': '',
    });
  });

  it('a closing quote inside a slot, an array whose slots are empty', () => {
    const { leaves, arrays } = readCanvas(
      restaurantBooking.schema,
      '{"name":"Chidi Okafor","phone":"+44 7700░,"guests":░,"date":"2026-06-12","seating":"░░","highChair":░,"dietary":,,}',
    );
    expect(leaves.get('/phone')).toBe('+44 7700░');
    expect(leaves.get('/guests')).toBe('░');
    expect(leaves.get('/seating')).toBe('░░');
    expect(arrays.get('/dietary')).toBe(0);
    const filled = readCanvas(
      restaurantBooking.schema,
      '{"name":"A","phone":"1","guests":5,"date":"2026-06-12","seating":"bar","highChair":true,"dietary":["vegetarian","no \\"nuts\\"",]}',
    );
    expect(filled.arrays.get('/dietary')).toBe(2);
    expect(filled.leaves.get('/dietary/1')).toBe('no "nuts"');
    expect(filled.leaves.get('/highChair')).toBe('true');
  });

  it('an array of objects whose brackets sit in its slots', () => {
    const text =
      '{"customer":{"name":"Maria Keller","email":"░ia.keller@example.org"},"orderNumber":"KT-448210","category":"░","priority":"░","items":"product":░,"quantity":,"product":,"quantity":}';
    const { leaves, arrays } = readCanvas(supportTicket.schema, text);
    expect(leaves.get('/customer/email')).toBe('░ia.keller@example.org');
    expect(arrays.get('/items')).toBe(1);
    expect(leaves.get('/items/0/product')).toBe('░');
    const done = readCanvas(
      supportTicket.schema,
      '{"customer":{"name":"M","email":"m@x.org"},"orderNumber":"KT-448210","category":"other","priority":"low","items":[{"product":"jars","quantity":2},{"product":"lids","quantity":3}]}',
    );
    expect(Object.fromEntries(done.leaves)).toMatchObject({
      '/items/0/product': 'jars',
      '/items/0/quantity': '2',
      '/items/1/product': 'lids',
      '/items/1/quantity': '3',
    });
  });
});
