/**
 * Security requirements, read as alternatives (any one satisfies): the operation's own, else
 * the document's. An open operation that starts asking for credentials, a removed alternative
 * that clients may use, or a scope a requirement now also needs breaks clients; the rest is info.
 */
import type { OperationSide } from '../compare.js';
import { side } from '../compare.js';
import { asRecord } from '../resolve.js';
import type { RuleModule } from './rule.js';

type Requirement = Map<string, string[]>;
const keyOf = (r: Requirement) => [...r.keys()].sort().join(' + ');
const isOpen = (list: Requirement[]) => list.length === 0 || list.some((r) => r.size === 0);

export const securityRules: RuleModule = {
  ids: [
    'security-now-required',
    'security-requirement-removed',
    'security-requirement-added',
    'security-scope-added',
    'security-scope-removed',
    'security-scheme-removed',
    'security-scheme-type-changed',
  ],
  check(diff, report) {
    for (const op of diff.operations) {
      const b = op.base.security;
      const r = op.revision.security;
      const where = (o: OperationSide) => ({ operation: op.revision, path: 'security', base: op.base.node, revision: o.node });
      if (isOpen(b) && !isOpen(r)) {
        report({ id: 'security-now-required', ...where(op.revision), params: { schemes: r.map(keyOf).join(', ') } });
        continue;
      }
      if (isOpen(b) || isOpen(r)) continue;
      // Requirements pair up exactly first (the same schemes and scopes), then by their schemes, in
      // order: `[{bearer: [a]}, {bearer: [b]}]` against itself pairs each with itself.
      const exact = (x: Requirement) => `${keyOf(x)} ${[...x].map(([k, v]) => `${k}:${v.join(' ')}`).join(' ')}`;
      const left = [...r];
      const unmatched: Requirement[] = [];
      for (const req of b) {
        const at = left.findIndex((x) => exact(x) === exact(req));
        if (at === -1) unmatched.push(req);
        else left.splice(at, 1);
      }
      for (const req of unmatched) {
        const at = left.findIndex((x) => keyOf(x) === keyOf(req));
        if (at === -1) {
          report({ id: 'security-requirement-removed', ...where(op.revision), params: { schemes: keyOf(req) } });
          continue;
        }
        const other = left.splice(at, 1)[0]!;
        for (const [scheme, scopes] of other) {
          const before = req.get(scheme) ?? [];
          for (const scope of scopes)
            if (!before.includes(scope)) report({ id: 'security-scope-added', ...where(op.revision), params: { scheme, scope } });
          for (const scope of before)
            if (!scopes.includes(scope)) report({ id: 'security-scope-removed', ...where(op.revision), params: { scheme, scope } });
        }
      }
      for (const req of left) report({ id: 'security-requirement-added', ...where(op.revision), params: { schemes: keyOf(req) } });
    }
    const schemes = (res: typeof diff.base) => side(res, res.child(res.child(res.root(), 'components'), 'securitySchemes'));
    const bs = schemes(diff.base);
    const rs = schemes(diff.revision);
    for (const [name, node] of bs) {
      const other = rs.get(name);
      if (!other) {
        report({ id: 'security-scheme-removed', params: { name }, path: `components/securitySchemes/${name}`, base: node });
        continue;
      }
      const bt = asRecord(diff.base.deref(node)?.value)?.type;
      const rt = asRecord(diff.revision.deref(other)?.value)?.type;
      if (bt !== rt) {
        report({
          id: 'security-scheme-type-changed',
          params: { name, from: String(bt), to: String(rt) },
          path: `components/securitySchemes/${name}`,
          base: node,
          revision: other,
        });
      }
    }
  },
};
