/** An empty list left out, like any other absent field. */
export function nonEmpty<T>(items: readonly T[]): readonly T[] | undefined {
	return items.length > 0 ? items : undefined;
}

/** Undefined fields left out, so the JSON has no `"endDate": undefined` for a validator to trip on. */
export function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** `target[key] = value`, even for a key named "__proto__", which a plain assignment would take as the prototype. */
export function setField(target: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
