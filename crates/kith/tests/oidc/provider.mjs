// A real OpenID Connect provider for Kith's tests and for trying sign-in with the demo: oidc-provider (a certified
// implementation), on loopback, with one client. Its own development login page takes any name as the account's
// `sub` and any password. Usage: node provider.mjs PORT KITH_CALLBACK_URL [CLIENT_ID] [CLIENT_SECRET]
import Provider from 'oidc-provider';

const [port, callback, clientId = 'kith', clientSecret = 'kith-test-client-secret'] = process.argv.slice(2);
if (!port || !callback) {
  console.error('usage: node provider.mjs PORT KITH_CALLBACK_URL [CLIENT_ID] [CLIENT_SECRET]');
  process.exit(2);
}
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [callback],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  findAccount: async (ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, email: `${sub}@council.example`, email_verified: true }),
  }),
  features: { devInteractions: { enabled: true } },
});
// Plain HTTP on loopback: the development interactions otherwise refuse to run outside https.
provider.proxy = true;
provider.listen(Number(port), '127.0.0.1', () => {
  console.log(`oidc-provider listening at ${issuer}`);
});
