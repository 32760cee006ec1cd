import type { Rule } from 'eslint';

export declare const storefrontLayers: Rule.RuleModule;
