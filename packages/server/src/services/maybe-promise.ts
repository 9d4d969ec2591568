/**
 * A value that may already be there, or may still be loading. The field resolvers of a list page
 * read rows that hold everything already: answering those synchronously spares graphql-js a
 * promise per field and case (and, on Node 20, the async hooks each promise runs).
 */
export type MaybePromise<T> = T | Promise<T>;

/** `next(value)`, now when the value is there, else once it is. */
export function andThen<T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
