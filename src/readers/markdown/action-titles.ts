/**
 * Whether a section's title names an action on the API's resources, as an operation's section
 * is titled, rather than a general topic of the API:
 *
 *     ## Delete a note            → an action (a verb of the vocabulary first)
 *     ### Creates a shelf         → an action (the verb in any person, `Listing notes` too)
 *     ## Authentication           → a topic (no verb)
 *     ## Authenticate a request   → a topic ("authenticate" is no verb of the vocabulary)
 *     ## Get an API key           → a topic (an action, but on the API's credentials)
 *     ## Get started              → a topic
 *
 * The verbs are those reference titles open with (`Get`, `List`, `Create`, `Update`, `Delete`,
 * `Archive`, …); the topics those every reference explains apart from its operations
 * (authentication and its keys and tokens, errors, pagination, rate limits, versions, getting
 * started). Used where a section's only call is a curl command (regions.ts): the call is that
 * section's operation only where the title names an action.
 */

/** Verbs an operation's title opens with, in their plain form. */
const VERBS = new Set(
  (
    'accept activate add approve archive assign attach ban block cancel capture change charge clear close complete confirm copy ' +
    'count create deactivate decline delete destroy detach disable dismiss download duplicate edit enable export fetch find ' +
    'flag follow generate get grant hide import invite join leave like link list lock mark merge modify move mute open pause ' +
    'pin post publish purge put read refund register reject remove rename reopen reorder replace reset resend resolve restore ' +
    'resume retrieve retry revoke rotate run save schedule search send set share show split star start stop submit subscribe ' +
    'suspend sync tag transfer trigger unarchive unassign unban unblock unfollow unlink unlock unmute unpin unpublish ' +
    'unregister unshare unstar unsubscribe untag unwatch update upload upsert validate verify view void vote watch'
  ).split(' '),
);

/** Words of a general topic: credentials, errors, paging, limits, versions, a tutorial's first steps. */
const TOPIC =
  /\b(?:auth\w*|credentials?|keys?|tokens?|bearer|errors?|paginat\w*|pagination|rate[ -]?limit\w*|throttl\w*|versioning|started|quick[ -]?start|sandbox|your)\b/i;

/** The plain forms a written verb may be of: `Deletes` → `delete`, `Listing` → `list`, `Pinning` → `pin`. */
function plainForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    forms.push(stem, `${stem}e`);
    // `pinning`, `getting`: the doubled consonant once.
    if (/([^aeiou])\1$/.test(stem)) forms.push(stem.slice(0, -1));
  }
  return forms;
}

export function namesAction(title: string): boolean {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > 80 || TOPIC.test(text)) return false;
  const first = /^[A-Za-z]+/.exec(text)?.[0]?.toLowerCase();
  return first !== undefined && plainForms(first).some((form) => VERBS.has(form));
}
