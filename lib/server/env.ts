import 'server-only';
/** The server's settings (lib/node/settings.ts), as the server layer reads them. */
export {
  env,
  logSettings,
  parseEnv,
  type CompanySignInSettings,
  type Env,
} from '@/lib/node/settings';
