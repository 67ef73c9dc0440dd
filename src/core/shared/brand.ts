declare const brand: unique symbol;

/** A nominal type over `T`, so that values of the same shape but different meaning do not mix. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };
