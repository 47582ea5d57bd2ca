/** Types of readme-rules.mjs, for the test that checks the README's rule table. */
export declare const START: string;
export declare const END: string;
export declare function renderRuleTable(codes: Record<string, { severity: string; summary: string }>): string;
export declare function withRuleTable(readme: string, table: string): string;
