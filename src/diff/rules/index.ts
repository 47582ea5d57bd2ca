/** Every rule module, in a fixed order (output is sorted afterwards anyway). */

import { lifecycleRules } from './lifecycle.js';
import { operationRules } from './operations.js';
import { parameterRules } from './parameters.js';
import { requestBodyRules } from './request-body.js';
import { responseRules } from './responses.js';
import type { RuleModule } from './rule.js';
import { schemaAlternativeRules } from './schema-alternatives.js';
import { schemaConstraintRules } from './schema-constraints.js';
import { schemaEnumRules } from './schema-enum.js';
import { schemaFormatRules } from './schema-format.js';
import { schemaKeywordRules } from './schema-keywords.js';
import { schemaMiscRules } from './schema-misc.js';
import { schemaNullableRules } from './schema-nullable.js';
import { schemaPropertyRules } from './schema-properties.js';
import { schemaRequiredRules } from './schema-required.js';
import { schemaShapeRules } from './schema-shape.js';
import { schemaTypeRules } from './schema-type.js';
import { securityRules } from './security.js';
import { webhookRules } from './webhooks.js';

/** Module file name (as the registry names it) → module. */
export const RULE_MODULES: Readonly<Record<string, RuleModule>> = {
  operations: operationRules,
  lifecycle: lifecycleRules,
  parameters: parameterRules,
  'request-body': requestBodyRules,
  responses: responseRules,
  security: securityRules,
  'schema-type': schemaTypeRules,
  'schema-format': schemaFormatRules,
  'schema-enum': schemaEnumRules,
  'schema-nullable': schemaNullableRules,
  'schema-required': schemaRequiredRules,
  'schema-properties': schemaPropertyRules,
  'schema-constraints': schemaConstraintRules,
  'schema-misc': schemaMiscRules,
  'schema-alternatives': schemaAlternativeRules,
  'schema-keywords': schemaKeywordRules,
  'schema-shape': schemaShapeRules,
  webhooks: webhookRules,
};
