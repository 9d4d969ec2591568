import {
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket } from 'ws';
import type { RequestContext } from '../graphql/context.js';
import type { AuditActor, AuditEntry } from '../security/audit-trail.js';
import type { EventPosition } from './event-cursor.js';
import type { EventFeed, FeedEvent } from './event-feed.js';
import type { LiveAudience, LiveSource } from './live-iterator.js';
import { sharedIdentity, visibilityClass, type LiveIdentity, type PersonalRead } from './visibility-class.js';

/**
 * Close code for a subscriber that does not read what it is sent: its socket's send buffer passed
 * `WS_MAX_BUFFERED_KB`. graphql-ws clients reconnect by themselves and resume from their cursor.
 */
export const CLOSE_TOO_SLOW = 4413;

/** A corked socket holding more than this is flushed before its next frame (see `corked`). */
const CORK_FLUSH_BYTES = 16 * 1024;

/** Events of one batch executed at once before the first of them is sent (bounds the reads in flight). */
const CHUNK = 50;

/** The root fields whose source is the event feed: served by the hub over graphql-ws. */
export const FEED_FIELDS: ReadonlySet<string> = new Set(['caseEvents', 'notificationAdded']);

export interface FanoutDeps {
  schema: GraphQLSchema;
  feed: EventFeed;
  log: Logger;
  /** A unit of work and everything else a resolver needs, run as `identity`, auditing as `actor`. */
  context: (identity: LiveIdentity, actor: AuditActor) => RequestContext;
  /** Writes audit rows of reads shown to several actors (one statement per 500 rows). */
  audit: (actors: readonly AuditActor[], entries: readonly AuditEntry[]) => Promise<void>;
  /** Writes one execution's own audit trail (a replayed or personal notice). */
  flushAudit: (ctx: RequestContext) => Promise<void>;
  formatError: (error: GraphQLError) => GraphQLFormattedError;
  /** Reads what every group's execution of these events will share, in a few statements (optional). */
  prefetch?: (events: readonly FeedEvent[]) => Promise<void> | void;
  /** A socket whose send buffer holds more than this is closed with {@link CLOSE_TOO_SLOW}. */
  maxBufferedBytes: number;
}

export interface JoinRequest {
  socket: WebSocket;
  /** The graphql-ws subscription id. */
  id: string;
  /** The document as the client sent it (clients of one app send the same text). */
  query: string;
  args: ExecutionArgs;
  source: LiveSource;
  /** The subscriber now (roles change; null once the session ended). */
  identity: () => LiveIdentity | null;
  actor: () => AuditActor;
}

interface Member extends JoinRequest {
  group: Group | null;
  /** The last position sent (or replayed past). */
  last: EventPosition;
  replaying: boolean;
  /** Live notices that arrived during the replay, sent after it in order. */
  pending: Array<{ position: EventPosition; payload: string }>;
  closed: boolean;
  /** `{"id":…,"type":"next","payload":` — the part of every message that names the subscription. */
  prefix: string;
  end: (result: IteratorResult<ExecutionResult>) => void;
  fail: (error: unknown) => void;
}

interface Group {
  key: string;
  /**
   * Groups whose executions are interchangeable unless one reads the class: the same document,
   * variables, audience and kind of login (session or API key). A per-user audience shares nothing.
   */
  shareKey: string;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: ExecutionArgs['variableValues'];
  audience: LiveAudience;
  accept: (event: FeedEvent) => boolean;
  /** The first member's identity: all a shared execution may use of it is the class. */
  rep: LiveIdentity;
  repActor: AuditActor;
  members: Set<Member>;
}

type Produced =
  | { personal: true }
  | {
      personal: false;
      payload: string;
      audit: AuditEntry[];
      /** Read nothing of the class: valid for every group of its share key that the event reaches. */
      classFree: boolean;
    };

const AUDIT_UNAVAILABLE = JSON.stringify({
  errors: [{ message: 'Audit unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
});

/**
 * The live fan-out of one server instance. Subscribers of the event feed
 * (`caseEvents`, `notificationAdded`) are grouped by (document, variables except the
 * resume cursor, visibility class); for each committed event the hub decides once per
 * group whether it is for them, executes the document once with a fresh unit of work,
 * writes the audit rows of every recipient in one statement, serialises the result once
 * and writes the same text to every socket of the group. An execution that reads who the
 * subscriber is (user id, session, address) is not shared: it runs again for each one.
 *
 * A subscriber that does not read (its socket's buffered bytes pass the bound) is closed
 * with {@link CLOSE_TOO_SLOW}; nobody waits for it, since a send only queues bytes.
 */
export class FanoutHub {
  private readonly groups = new Map<string, Group>();
  private readonly bySocket = new Map<WebSocket, Set<Member>>();
  private readonly dropped = new WeakSet<WebSocket>();
  private readonly queue: FeedEvent[][] = [];
  private readonly moves = new Set<Member>();
  private running = false;
  /**
   * While a chunk is delivered: the TCP sockets written to so far, corked, so that a socket's frames
   * of several events leave in one write (a burst of 30 events: one system call per socket, not 30).
   * Uncorked before anything is awaited, and at the chunk's end.
   */
  private corked: Set<Duplex> | null = null;
  /** Share keys whose last execution read the class: their groups execute side by side at once. */
  private readonly classDependent = new Set<string>();
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: FanoutDeps) {
    this.unsubscribe = deps.feed.onEvents((batch) => {
      this.queue.push(batch);
      if (!this.running) void this.pump();
    });
  }

  /** Groups (for tests and metrics). */
  get groupCount(): number {
    return this.groups.size;
  }

  /**
   * Adds a subscriber; returns the iterable graphql-ws holds for it. It yields nothing (the hub
   * writes the notices itself) and ends when the client completes or the socket closes.
   */
  join(request: JoinRequest): AsyncIterableIterator<ExecutionResult> {
    let end: Member['end'] = () => undefined;
    let fail: Member['fail'] = () => undefined;
    const done = new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
      end = resolve;
      fail = reject;
    });
    const member: Member = {
      ...request,
      group: null,
      // Without a cursor: what the feed has read so far is the past (as in eventsFrom).
      last: request.source.after ?? this.deps.feed.position,
      replaying: request.source.after !== null,
      pending: [],
      closed: false,
      prefix: `{"id":${JSON.stringify(request.id)},"type":"next","payload":`,
      end,
      fail,
    };
    const target = this.deps.feed.position;
    this.place(member);
    let sockets = this.bySocket.get(request.socket);
    if (!sockets) this.bySocket.set(request.socket, (sockets = new Set()));
    sockets.add(member);
    if (member.replaying) void this.replay(member, target);
    const leave = (): Promise<IteratorResult<ExecutionResult>> => {
      this.leave(member);
      end({ done: true, value: undefined });
      return Promise.resolve({ done: true, value: undefined });
    };
    return {
      next: () => done,
      return: leave,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** The socket's user was checked again: a member whose class changed moves at the next event. */
  refresh(socket: WebSocket): void {
    for (const member of this.bySocket.get(socket) ?? []) this.moves.add(member);
    if (!this.running) this.applyMoves();
  }

  close(): void {
    this.unsubscribe();
  }

  private keysOf(member: Member, identity: LiveIdentity): { key: string; shareKey: string } {
    const variables = { ...(member.args.variableValues ?? {}) };
    for (const name of cursorOnlyVariables(member.args.document, member.args.operationName)) delete variables[name];
    const { audience } = member.source;
    const cls = visibilityClass(identity.principal, identity.auth, audience);
    const execution = [member.query, member.args.operationName ?? null, stable(variables)];
    const key = JSON.stringify([...execution, cls]);
    const login = [identity.auth?.kind ?? 'none', identity.principal.apiClient ? 'apiClient' : 'person'];
    return { key, shareKey: audience === 'user' ? key : JSON.stringify([...execution, audience, ...login]) };
  }

  private place(member: Member): void {
    const identity = member.identity();
    if (!identity) return;
    const { key, shareKey } = this.keysOf(member, identity);
    if (member.group?.key === key) return;
    this.detach(member);
    let group = this.groups.get(key);
    if (!group) {
      const { audience } = member.source;
      group = {
        key,
        shareKey,
        document: member.args.document,
        operationName: member.args.operationName,
        variables: member.args.variableValues,
        audience,
        accept: member.source.acceptFor(audience === 'user' ? identity.principal : classOnly(identity)),
        rep: identity,
        repActor: member.actor(),
        members: new Set(),
      };
      this.groups.set(key, group);
    }
    group.members.add(member);
    member.group = group;
  }

  private detach(member: Member): void {
    const group = member.group;
    if (!group) return;
    group.members.delete(member);
    if (!group.members.size) this.groups.delete(group.key);
    member.group = null;
  }

  private leave(member: Member): void {
    member.closed = true;
    this.detach(member);
    this.moves.delete(member);
    const sockets = this.bySocket.get(member.socket);
    sockets?.delete(member);
    if (sockets && !sockets.size) this.bySocket.delete(member.socket);
  }

  private applyMoves(): void {
    for (const member of this.moves) if (!member.closed) this.place(member);
    this.moves.clear();
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) {
        try {
          await this.dispatch(batch);
        } catch (error) {
          this.deps.log.error({ err: error }, 'live fan-out: a batch could not be delivered');
        }
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * Executes every (event, group) of a chunk at once, then sends in commit order: each
   * socket gets its notices in order, and no execution waits for a socket.
   */
  private async dispatch(batch: FeedEvent[]): Promise<void> {
    this.applyMoves();
    const trace = this.deps.feed.trace;
    const groups = [...this.groups.values()];
    if (!groups.length) {
      for (const event of batch) trace?.end(event.position.id, { groups: 0, sockets: 0 });
      return;
    }
    for (let i = 0; i < batch.length; i += CHUNK) {
      const chunk = batch.slice(i, i + CHUNK);
      if (trace) for (const event of chunk) trace.mark(event.position.id, 'dispatched');
      const views = this.deps.prefetch?.(chunk);
      if (trace && views) {
        void views.then(() => {
          for (const event of chunk) trace.mark(event.position.id, 'viewsRead');
        });
      }
      const jobs = chunk.flatMap((event) => this.jobsFor(event, groups));
      const settled = new Set<Promise<Produced>>();
      for (const job of jobs)
        void job.out.then(
          () => settled.add(job.out),
          () => settled.add(job.out),
        );
      this.corked = new Set();
      try {
        for (const job of jobs) {
          if (!settled.has(job.out)) this.uncorkAll();
          const out = await job.out;
          trace?.mark(job.event.position.id, 'executed');
          await this.deliver(job.g, job.event, out);
          trace?.mark(job.event.position.id, 'written');
        }
      } finally {
        this.uncorkAll();
        this.corked = null;
      }
      if (trace) {
        for (const event of chunk) {
          const mine = jobs.filter((j) => j.event === event);
          trace.end(event.position.id, {
            groups: mine.length,
            sockets: mine.reduce((n, j) => n + j.g.members.size, 0),
          });
        }
      }
    }
  }

  /**
   * The executions of one event: the groups it reaches (each group's reach decided once), and per
   * share key one execution whose result every such group gets when it read nothing of the class;
   * otherwise (learned per share key) each group executes on its own.
   */
  private jobsFor(
    event: FeedEvent,
    groups: readonly Group[],
  ): Array<{ g: Group; event: FeedEvent; out: Promise<Produced> }> {
    const sets = new Map<string, Group[]>();
    for (const g of groups) {
      if (!g.members.size || !g.accept(event)) continue;
      const set = sets.get(g.shareKey);
      if (set) set.push(g);
      else sets.set(g.shareKey, [g]);
    }
    return [...sets.values()].flatMap((set) => {
      if (set.length === 1 || this.classDependent.has(set[0]!.shareKey)) {
        return set.map((g) => ({ g, event, out: this.produce(g, event) }));
      }
      const first = this.produce(set[0]!, event);
      return set.map((g, i) => ({
        g,
        event,
        out: i === 0 ? first : first.then((p) => (!p.personal && p.classFree ? p : this.produce(g, event))),
      }));
    });
  }

  private async produce(group: Group, event: FeedEvent): Promise<Produced> {
    const read: PersonalRead = { personal: false };
    const ctx = this.deps.context(sharedIdentity(group.rep, group.audience, read), group.repActor);
    const result = await this.run(group.document, group.operationName, group.variables, event, ctx);
    this.deps.feed.trace?.executed(event.position.id);
    if (read.personal) return { personal: true };
    if (read.classRead) this.classDependent.add(group.shareKey);
    else this.classDependent.delete(group.shareKey);
    return { personal: false, payload: this.serialize(result), audit: ctx.audit.take(), classFree: !read.classRead };
  }

  private async run(
    document: DocumentNode,
    operationName: string | null | undefined,
    variableValues: ExecutionArgs['variableValues'],
    event: FeedEvent,
    contextValue: RequestContext,
  ): Promise<ExecutionResult> {
    try {
      return await execute({
        schema: this.deps.schema,
        document,
        operationName,
        variableValues,
        rootValue: event,
        contextValue,
      });
    } catch (error) {
      this.deps.log.error({ err: error }, 'live fan-out: execution failed');
      return { errors: [new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
    }
  }

  private serialize(result: ExecutionResult): string {
    const { errors, ...rest } = result;
    return JSON.stringify(errors ? { ...rest, errors: errors.map((e) => this.deps.formatError(e)) } : rest);
  }

  /** One subscriber's own execution (a replayed event, or a result that named its reader), audited. */
  private async executeFor(member: Member, event: FeedEvent): Promise<string | null> {
    const identity = member.identity();
    if (!identity) return null;
    const ctx = this.deps.context(identity, member.actor());
    const result = await this.run(
      member.args.document,
      member.args.operationName,
      member.args.variableValues,
      event,
      ctx,
    );
    if (ctx.audit.pending) {
      try {
        await this.deps.flushAudit(ctx);
      } catch (error) {
        this.deps.log.error({ err: error }, 'audit: could not record sensitive reads; event withheld');
        return AUDIT_UNAVAILABLE;
      }
    }
    return this.serialize(result);
  }

  /** Sends what the corked sockets hold. */
  private uncorkAll(): void {
    if (!this.corked) return;
    for (const socket of this.corked) socket.uncork();
    this.corked.clear();
  }

  private async deliver(group: Group, event: FeedEvent, out: Produced): Promise<void> {
    const members = [...group.members].filter((m) => !m.closed && comparePositions(event.position, m.last) > 0);
    if (!members.length) return;
    if (out.personal || out.audit.length) this.uncorkAll(); // what is below waits for the database
    if (out.personal) {
      const payloads = await Promise.all(members.map((m) => this.executeFor(m, event)));
      members.forEach((m, i) => {
        const payload = payloads[i];
        if (payload) this.send(m, event.position, payload);
      });
      return;
    }
    let payload = out.payload;
    if (out.audit.length) {
      try {
        await this.deps.audit(
          members.map((m) => m.actor()),
          out.audit,
        );
      } catch (error) {
        this.deps.log.error({ err: error }, 'audit: could not record sensitive reads; event withheld');
        payload = AUDIT_UNAVAILABLE;
      }
    }
    for (const m of members) this.send(m, event.position, payload);
  }

  private send(member: Member, position: EventPosition, payload: string): void {
    if (member.closed || comparePositions(position, member.last) <= 0) return;
    if (member.replaying) {
      member.pending.push({ position, payload });
      return;
    }
    member.last = position;
    this.write(member, payload);
  }

  private write(member: Member, payload: string): void {
    const { socket } = member;
    if (socket.readyState !== WebSocket.OPEN || this.dropped.has(socket)) return;
    // ws's own TCP socket (not part of its typed API): corks nest, ws's per-frame cork included.
    const tcp = this.corked ? (socket as unknown as { _socket?: Duplex })._socket : undefined;
    if (tcp && this.corked?.has(tcp) && socket.bufferedAmount > CORK_FLUSH_BYTES) {
      // Hand what it holds to the kernel: only bytes the client has not read count against the bound.
      tcp.uncork();
      this.corked.delete(tcp);
    }
    if (socket.bufferedAmount > this.deps.maxBufferedBytes) {
      this.drop(socket);
      return;
    }
    if (tcp && this.corked && !this.corked.has(tcp)) {
      tcp.cork();
      this.corked.add(tcp);
    }
    socket.send(`${member.prefix}${payload}}`);
    this.deps.feed.delivered();
  }

  /** Closes a socket that stopped reading; the close frame waits behind what it has not read. */
  private drop(socket: WebSocket): void {
    this.dropped.add(socket);
    this.deps.log.warn(
      { bufferedBytes: socket.bufferedAmount, maxBufferedBytes: this.deps.maxBufferedBytes },
      'websocket closed: subscriber too slow',
    );
    socket.close(CLOSE_TOO_SLOW, 'Too slow: send buffer over limit');
  }

  /** The events from the member's cursor up to the feed's head at joining, then what arrived meanwhile. */
  private async replay(member: Member, target: EventPosition): Promise<void> {
    try {
      const identity = member.identity();
      if (!identity) return;
      const accept = member.source.acceptFor(identity.principal);
      let last = member.last;
      for (;;) {
        const batch = await this.deps.feed.readAfter(last, 500);
        for (const event of batch) {
          if (member.closed) return;
          last = event.position;
          if (!accept(event)) {
            if (comparePositions(event.position, member.last) > 0) member.last = event.position;
            continue;
          }
          const payload = await this.executeFor(member, event);
          if (payload && comparePositions(event.position, member.last) > 0) {
            member.last = event.position;
            this.write(member, payload);
          }
        }
        if (batch.length < 500 && comparePositions(last, target) >= 0) break;
        if (!batch.length) break;
      }
      member.replaying = false;
      for (const p of member.pending.splice(0)) this.send(member, p.position, p.payload);
    } catch (error) {
      this.leave(member);
      member.fail(error);
    }
  }
}

/**
 * Positions compared once per subscriber and event: parse each position's BigInts once
 * (the positions are the feed's own objects, shared by every subscriber).
 */
const parsedPositions = new WeakMap<EventPosition, readonly [bigint, bigint]>();
function parsed(p: EventPosition): readonly [bigint, bigint] {
  let v = parsedPositions.get(p);
  if (!v) parsedPositions.set(p, (v = [BigInt(p.txId), BigInt(p.id)]));
  return v;
}
function comparePositions(a: EventPosition, b: EventPosition): number {
  if (a === b) return 0;
  const [at, ai] = parsed(a);
  const [bt, bi] = parsed(b);
  return at !== bt ? (at < bt ? -1 : 1) : ai === bi ? 0 : ai < bi ? -1 : 1;
}

/** The principal a class-wide decision sees: asking it for the user is a bug, not a leak. */
function classOnly(identity: LiveIdentity): LiveIdentity['principal'] {
  const { memberships, apiClient } = identity.principal;
  return {
    memberships,
    ...(apiClient ? { apiClient } : {}),
    get userId(): string {
      throw new Error('a class-wide live filter must not depend on the user (use the user audience)');
    },
  };
}

/**
 * Variables used only as the root field's `after` argument: the resume cursor shapes the
 * replay, not the live notices, so subscribers that differ only there share a group.
 */
function cursorOnlyVariables(document: DocumentNode, operationName: string | null | undefined): string[] {
  const operation = getOperationAST(document, operationName);
  const root = operation?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) return [];
  const after = root.arguments?.find((a) => a.name.value === 'after')?.value;
  if (after?.kind !== Kind.VARIABLE) return [];
  const name = after.name.value;
  let uses = 0;
  visit(document, {
    Variable(node) {
      if (node.name.value === name) uses += 1;
    },
  });
  // Its definition and the `after` argument: nothing else reads it.
  return uses === 2 ? [name] : [];
}

/** JSON with object keys sorted, so equal variables give equal keys whatever their order. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
