import { describe, expect, it } from 'vitest';
import { type FetchLike, httpHostActions } from '../src';

describe('httpHostActions: hostActions over @wamigrate/server’s JSON API', () => {
  it('posts each call as JSON to its route, with the API’s request header and the host’s own', async () => {
    const sent: { url: string; init: Parameters<FetchLike>[1] }[] = [];
    const fetch: FetchLike = async (url, init) => {
      sent.push({ url, init });
      return { ok: true, status: 200, json: async () => ({ phoneNumberId: '106540352242922' }) };
    };
    const actions = httpHostActions({ endpoint: '/api/whatsapp/', headers: { 'x-csrf-token': 't' }, fetch });
    expect(await actions.startMigration({ cc: '81', phoneNumber: '9012345678' })).toEqual({
      phoneNumberId: '106540352242922',
    });
    await actions.verifyCode({ phoneNumberId: '1', code: '123456' });
    expect(sent.map((s) => s.url)).toEqual(['/api/whatsapp/start', '/api/whatsapp/verify-code']);
    expect(sent[0]?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-wamigrate-request': '1', 'x-csrf-token': 't' },
    });
    expect(JSON.parse(sent[1]?.init.body ?? '')).toEqual({ phoneNumberId: '1', code: '123456' });
  });

  it('rejects with the body of a refusal as it came, and with something readable when there is none', async () => {
    const refusal = {
      error: { code: 100, error_subcode: 2388001, message: 'Invalid parameter', type: 'OAuthException' },
    };
    const refusing = httpHostActions({
      endpoint: '/api',
      fetch: async () => ({ ok: false, status: 400, json: async () => refusal }),
    });
    await expect(refusing.register({ phoneNumberId: '1' })).rejects.toEqual(refusal);
    const broken = httpHostActions({
      endpoint: '/api',
      fetch: async () => ({ ok: false, status: 502, json: async () => JSON.parse('<html>') }),
    });
    await expect(broken.getStatus({ phoneNumberId: '1' })).rejects.toMatchObject({ error: { message: 'HTTP 502' } });
    const offline = httpHostActions({
      endpoint: '/api',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(offline.requestCode({ phoneNumberId: '1', method: 'SMS', language: 'en_US' })).rejects.toBeInstanceOf(
      TypeError,
    );
  });
});
