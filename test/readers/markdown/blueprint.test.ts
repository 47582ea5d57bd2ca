import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const POLLS = `FORMAT: 1A
HOST: https://polls.example.com/

# Polls

## Questions Collection [/questions{?page}]

+ Parameters
    + page: 1 (number, optional) - The page of questions to return

### List All Questions [GET]

+ Response 200 (application/json)

        [
            { "question": "Favourite language?", "published_at": "2015-08-05T08:40:51.620Z" }
        ]

### Create a New Question [POST]

You may create your own question using this action.

+ Request (application/json)

    + Attributes
        + question: Favourite language? (string, required) - The question
        + choices (array[string]) - The answers to choose from

    + Body

            { "question": "Favourite language?", "choices": ["Swift", "Python"] }

+ Response 201 (application/json)

    + Headers

            Location: /questions/2

    + Body

            { "question": "Favourite language?" }

## Question [/questions/{question_id}]

+ Parameters
    + question_id: 1 (required, number) - ID of the Question

### Delete a Question [DELETE]

+ Response 204

### Vote [POST /questions/{question_id}/votes]

+ Response 201
`;

describe('general reader: API Blueprint', () => {
  it('should read resources, actions, parameters, request attributes and bodies, and response statuses', () => {
    const read = readGeneral(POLLS, 'api/polls.apib');
    expect(read.routes).toEqual([
      'GET /questions',
      'POST /questions',
      'DELETE /questions/{question_id}',
      'POST /questions/{question_id}/votes',
    ]);
    expect(codes(read)).toEqual([]);
    const list = operation(read, 'GET /questions');
    expect(list.parameters.map((p) => [p.name, p.in, p.required, p.schema.kind, p.description])).toEqual([
      ['page', 'query', false, 'number', 'The page of questions to return'],
    ]);
    // The sample is all the page says of the body: its schema is open, for the samples to fill (infer/).
    expect(list.responses.map((r) => [r.status, strip(r.content[0]?.schema), r.content[0]?.examples.length])).toEqual([
      ['200', { kind: 'unknown' }, 1],
    ]);
    const create = operation(read, 'POST /questions');
    // The action's name is its summary (as Apiary and apib2swagger read it), its prose the description.
    expect([create.summary, create.description]).toEqual(['Create a New Question', 'You may create your own question using this action.']);
    // The resource's parameters are each action's.
    expect(parameterNames(create)).toEqual(['query:page']);
    expect(bodySchema(create)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'question', required: true, schema: { kind: 'string' }, description: 'The question' },
        { name: 'choices', required: false, schema: { kind: 'array', items: { kind: 'string' } } },
      ],
    });
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([
      { question: 'Favourite language?', choices: ['Swift', 'Python'] },
    ]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['201', { question: 'Favourite language?' }],
    ]);
    const remove = operation(read, 'DELETE /questions/{question_id}');
    expect(parameterNames(remove)).toEqual(['path:question_id*']);
    expect(remove.responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
    expect(operation(read, 'POST /questions/{question_id}/votes').responses.map((r) => r.status)).toEqual(['201']);
    // Each action's copy of its resource's parameters is still a table the reader made from API Blueprint.
    expect(read.root.data?.found).toContain('4 API Blueprint parameter tables, 1 API Blueprint request body table');
  });

  it('should leave a page with a bracketed heading but no Blueprint sections alone', () => {
    const read = readGeneral('# Notes [GET]\n\n## Links [/docs]\n\n- one\n- two\n');
    expect(read.routes).toEqual([]);
    expect(
      read.root.children.filter((node) => node.type === 'heading').map((node) => node.type === 'heading' && node.children[0]),
    ).toMatchObject([{ value: 'Notes [GET]' }, { value: 'Links [/docs]' }]);
  });
});
