import { z } from 'zod';

/** `max` requests per fixed window of `windowSeconds`. */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

/** Every abuse limit of the API, HTTP and WebSocket alike. */
export interface ApiLimits {
  /** Deepest selection nesting an operation may have. */
  maxDepth: number;
  /** Highest estimated cost (fields × list sizes) of one operation. */
  maxCost: number;
  /** Most aliased fields in one operation (alias flooding, batched guessing). */
  maxAliases: number;
  /** Most lexical tokens in one GraphQL document (parsing stops beyond it). */
  maxTokens: number;
  /** Largest HTTP request body, in bytes. */
  maxBodyBytes: number;
  /** Most rows of a case-list export (GET /reports/cases); above it EXPORT_TOO_LARGE. */
  maxExportRows: number;
  rate: {
    /** `login` attempts from one IP address. */
    loginPerIp: RateLimit;
    /** `login` attempts for one username, from anywhere. */
    loginPerUser: RateLimit;
    /** `trackCase` lookups from one IP address (no enumeration of tracking codes). */
    trackPerIp: RateLimit;
    /** Operations of one logged-in user or API client. */
    apiPerUser: RateLimit;
    /** Operations without a login, from one IP address. */
    apiPerIp: RateLimit;
  };
  ws: {
    /** Largest WebSocket message, in bytes (the `ws` default is 100 MiB). */
    maxPayloadBytes: number;
    maxConnectionsPerUser: number;
    maxConnectionsPerIp: number;
    maxSubscriptionsPerConnection: number;
    /**
     * Bytes a socket may have waiting to be sent before it is closed with 4413 (a subscriber
     * that stopped reading must not hold the server's memory, nor delay anyone else).
     */
    maxBufferedBytes: number;
  };
  /**
   * Browser origins allowed to call the API (CORS) and to open its WebSocket.
   * `'*'`: any; `null`: same-origin only in production, any localhost origin in development.
   */
  corsOrigins: readonly string[] | '*' | null;
  /** Express `trust proxy`: how the client IP is read behind a load balancer (false: the socket's address). */
  trustProxy: boolean | number | string;
}

export type ApiLimitsInput = Partial<Omit<ApiLimits, 'rate' | 'ws'>> & {
  rate?: Partial<ApiLimits['rate']>;
  ws?: Partial<ApiLimits['ws']>;
};

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 20,
  maxTokens: 5000,
  maxBodyBytes: 256 * 1024,
  maxExportRows: 10_000,
  rate: {
    loginPerIp: { max: 60, windowSeconds: 15 * 60 },
    loginPerUser: { max: 10, windowSeconds: 15 * 60 },
    trackPerIp: { max: 30, windowSeconds: 10 * 60 },
    apiPerUser: { max: 600, windowSeconds: 60 },
    apiPerIp: { max: 300, windowSeconds: 60 },
  },
  ws: {
    maxPayloadBytes: 64 * 1024,
    maxConnectionsPerUser: 10,
    maxConnectionsPerIp: 50,
    maxSubscriptionsPerConnection: 20,
    maxBufferedBytes: 1024 * 1024,
  },
  corsOrigins: null,
  trustProxy: false,
};

export function resolveLimits(input: ApiLimitsInput = {}): ApiLimits {
  return {
    ...DEFAULT_LIMITS,
    ...input,
    rate: { ...DEFAULT_LIMITS.rate, ...input.rate },
    ws: { ...DEFAULT_LIMITS.ws, ...input.ws },
  };
}

const rate = z
  .string()
  .regex(/^\d+\/\d+$/, 'expected <requests>/<seconds>, e.g. 10/900')
  .transform((v): RateLimit => {
    const [max, windowSeconds] = v.split('/').map(Number) as [number, number];
    return { max, windowSeconds };
  })
  .refine((r) => r.max > 0 && r.windowSeconds > 0, 'both numbers must be positive')
  .optional();
const positive = z.coerce.number().int().positive().optional();

const envSchema = z.object({
  MAX_QUERY_DEPTH: positive,
  MAX_QUERY_COST: positive,
  MAX_QUERY_ALIASES: positive,
  MAX_BODY_KB: positive,
  MAX_EXPORT_ROWS: positive,
  CORS_ORIGINS: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  RATE_LIMIT_LOGIN_PER_IP: rate,
  RATE_LIMIT_LOGIN_PER_USER: rate,
  RATE_LIMIT_TRACK_PER_IP: rate,
  RATE_LIMIT_API_PER_USER: rate,
  RATE_LIMIT_API_PER_IP: rate,
  WS_MAX_CONNECTIONS_PER_USER: positive,
  WS_MAX_CONNECTIONS_PER_IP: positive,
  WS_MAX_SUBSCRIPTIONS: positive,
  WS_MAX_BUFFERED_KB: positive,
});

function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** The limits from the environment (see the README's configuration table); unset variables keep the defaults. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid limits configuration (environment variables):\n${lines}`);
  }
  const e = parsed.data;
  const origins = e.CORS_ORIGINS?.split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  return resolveLimits({
    ...(e.MAX_QUERY_DEPTH ? { maxDepth: e.MAX_QUERY_DEPTH } : {}),
    ...(e.MAX_QUERY_COST ? { maxCost: e.MAX_QUERY_COST } : {}),
    ...(e.MAX_QUERY_ALIASES ? { maxAliases: e.MAX_QUERY_ALIASES } : {}),
    ...(e.MAX_BODY_KB ? { maxBodyBytes: e.MAX_BODY_KB * 1024 } : {}),
    ...(e.MAX_EXPORT_ROWS ? { maxExportRows: e.MAX_EXPORT_ROWS } : {}),
    corsOrigins: origins === undefined ? null : origins.includes('*') ? '*' : origins,
    trustProxy: trustProxy(e.TRUST_PROXY),
    rate: {
      ...(e.RATE_LIMIT_LOGIN_PER_IP ? { loginPerIp: e.RATE_LIMIT_LOGIN_PER_IP } : {}),
      ...(e.RATE_LIMIT_LOGIN_PER_USER ? { loginPerUser: e.RATE_LIMIT_LOGIN_PER_USER } : {}),
      ...(e.RATE_LIMIT_TRACK_PER_IP ? { trackPerIp: e.RATE_LIMIT_TRACK_PER_IP } : {}),
      ...(e.RATE_LIMIT_API_PER_USER ? { apiPerUser: e.RATE_LIMIT_API_PER_USER } : {}),
      ...(e.RATE_LIMIT_API_PER_IP ? { apiPerIp: e.RATE_LIMIT_API_PER_IP } : {}),
    },
    ws: {
      ...(e.WS_MAX_CONNECTIONS_PER_USER ? { maxConnectionsPerUser: e.WS_MAX_CONNECTIONS_PER_USER } : {}),
      ...(e.WS_MAX_CONNECTIONS_PER_IP ? { maxConnectionsPerIp: e.WS_MAX_CONNECTIONS_PER_IP } : {}),
      ...(e.WS_MAX_SUBSCRIPTIONS ? { maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS } : {}),
      ...(e.WS_MAX_BUFFERED_KB ? { maxBufferedBytes: e.WS_MAX_BUFFERED_KB * 1024 } : {}),
    },
  });
}
