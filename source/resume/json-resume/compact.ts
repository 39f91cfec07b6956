/** An empty list left out, like any other absent field. */
export function nonEmpty<T>(items: readonly T[]): readonly T[] | undefined {
	return items.length > 0 ? items : undefined;
}

/** Undefined fields left out, so the JSON has no `"endDate": undefined` for a validator to trip on. */
export function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
