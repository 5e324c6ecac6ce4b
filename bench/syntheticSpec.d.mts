/** YAML text of a spec holding `count` codes spread over 0..65535, with three flags and a few ranges. */
export function syntheticSpec(count: number): string;
