/**
 * A status table whose second column says when each status is returned (`| Status | When |`,
 * `| Code | When |`, `| Status code | Returned when |`): each row is that status's response,
 * described by its condition. Beside no status column, a `When` column is none we read.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = `# Notes

## Get a note

\`GET /notes/{noteId}\`

### Path parameters

| Name | Type | Description |
|------|------|-------------|
| noteId | integer | The note's id. |

### Responses

| Status | When |
|--------|------|
| 200 | The note was found. |
| 404 | No note has that id. |

## Delete a note

\`DELETE /notes/{noteId}\`

| Code | When |
| --- | --- |
| \`204\` | The note was deleted. |
| \`403\` | The caller does not own the note. |

## Create a note

\`POST /notes\`

### Request body

| Field | Type | When |
|---|---|---|
| title | string | Always. |

### Status codes

| Status code | Returned when |
|---|---|
| 201 Created | The note was created. |
| 400 Bad Request | The title is missing. |
`;

describe('general reader: a status table of conditions', () => {
  const read = readGeneral(page, 'api/notes.md');
  const described = (route: string) => operation(read, route).responses.map((r) => [r.status, r.description]);

  it('should describe each status of `| Status | When |` by its condition', () => {
    expect(described('GET /notes/{noteId}')).toEqual([
      ['200', 'The note was found.'],
      ['404', 'No note has that id.'],
    ]);
  });

  it('should read `| Code | When |` with the codes in code spans', () => {
    expect(described('DELETE /notes/{noteId}')).toEqual([
      ['204', 'The note was deleted.'],
      ['403', 'The caller does not own the note.'],
    ]);
  });

  it('should read `Returned when` beside `Status code`, the reason phrase aside', () => {
    expect(described('POST /notes')).toEqual([
      ['201', 'The note was created.'],
      ['400', 'The title is missing.'],
    ]);
  });

  it('should not read a `When` column beside no status column as a description', () => {
    const body = operation(read, 'POST /notes').requestBody?.content[0]?.schema;
    expect(body?.kind).toBe('object');
    const title = body?.kind === 'object' ? body.properties.find((p) => p.name === 'title') : undefined;
    expect(title?.description).toBeUndefined();
    expect(title?.schema.description).toBeUndefined();
  });
});
