/** DocFX pages (our own text, shaped like seed 001) for the sample-inference tests. */

const headers = `{
      "Id": 535,
      "Name": "Pfannerstill-Price",
      "Value": "minus",
      "StdItem": "CustomerReadFAQ",
      "StdItemCol": "Name"`;

const fieldProperties = `"FieldProperties": {
        "fieldName": { "FieldRight": null, "FieldType": "System.String", "FieldLength": 122 }
      }`;

/** The response sections both Message pages show: the same entity, tabulated on each page. */
const MESSAGE_ENTITY_RESPONSE = `## Response:

OK

| Response | Description |
|----------------|-------------|
| 200 | OK |

### Response body: MessageEntity

| Property Name | Type |  Description |
|----------------|------|--------------|
| MessageId | int32 | The primary key |
| CreatedBy | Associate | Who wrote it |
| Body | string | The text |
| MessageHeaders | array | The message headers |
| AttachmentsInfo | array | Attachments |
| ExtraFields | object | Extra fields |
| CustomFields | object | Custom fields |
| TableRight | TableRight | The table right |
| FieldProperties | object | Field rights |
`;

/** PUT Message/{id}: anonymous request table (Integer/Array/Object words), a MessageEntity response table, both samples. */
export const PUT_PAGE = `---
title: PUT Message/{id}
uid: v1MessageEntity_Put
---

# PUT Message/{id}

\`\`\`http
PUT /api/v1/Message/{id}
\`\`\`

Saves a message

| Path Part | Type | Description |
|-----------|------|-------------|
| id | int32 | The id **Required** |

## Request Body: entity

The message to save

| Property Name | Type |  Description |
|----------------|------|--------------|
| MessageId | Integer | The primary key |
| CreatedBy | Associate | Who wrote it |
| Body | String | The text |
| MessageHeaders | Array | The message headers |
| AttachmentsInfo | Array | Attachments |
| ExtraFields | Object | Extra fields |
| CustomFields | Object | Custom fields |

${MESSAGE_ENTITY_RESPONSE}
## Sample request

\`\`\`http!
PUT /api/v1/Message/{id}
Content-Type: application/json; charset=utf-8

{
  "MessageId": 335,
  "CreatedBy": null,
  "Body": "optio",
  "MessageHeaders": [
    ${headers}
    },
    ${headers}
    }
  ],
  "AttachmentsInfo": [
    { "AttachmentId": 952, "Name": "Dibbert LLC", "AttSize": 766, "InlineImage": false }
  ],
  "ExtraFields": { "ExtraFields1": "rerum", "ExtraFields2": "consequatur" },
  "CustomFields": { "CustomFields1": "sunt", "CustomFields2": "accusamus" }
}
\`\`\`

## Sample response

\`\`\`http_
HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{
  "MessageId": 651,
  "CreatedBy": null,
  "Body": "illum",
  "MessageHeaders": [
    ${headers},
      "TableRight": null,
      ${fieldProperties}
    }
  ],
  "AttachmentsInfo": [
    { "AttachmentId": 510, "Name": "Ruecker Inc", "AttSize": 112.5, "InlineImage": false, "TableRight": null }
  ],
  "ExtraFields": { "ExtraFields1": "dolorum", "ExtraFields2": "laboriosam" },
  "CustomFields": { "CustomFields1": "dolor", "CustomFields2": "iste" },
  "TableRight": null,
  ${fieldProperties}
}
\`\`\`
`;

/** GET Message/{id}: the same entity, a sample that shows the undocumented Associate. */
export const GET_PAGE = `---
title: GET Message/{id}
uid: v1MessageEntity_Get
---

# GET Message/{id}

\`\`\`http
GET /api/v1/Message/{id}
\`\`\`

Gets a message

| Path Part | Type | Description |
|-----------|------|-------------|
| id | int32 | The id **Required** |

${MESSAGE_ENTITY_RESPONSE}
## Sample response

\`\`\`http_
HTTP/1.1 200 OK
Content-Type: application/json; charset=utf-8

{
  "MessageId": 7,
  "CreatedBy": { "AssociateId": 3, "Name": "ola", "Deleted": false },
  "Body": "x",
  "MessageHeaders": [],
  "AttachmentsInfo": null,
  "TableRight": null
}
\`\`\`
`;

/** A page whose samples contradict its table: an unlisted property, a string for an Integer. */
export const CONTRADICTING_PAGE = `# POST /api/v1/Widget

\`\`\`http
POST /api/v1/Widget
\`\`\`

Makes a widget.

## Request Body: widget

| Property Name | Type |  Description |
|----------------|------|--------------|
| Count | Integer | How many |
| Name | String | The name |
| Kind | Enum: Small, Large | The kind |

## Response:

| Response | Description |
|----------------|-------------|
| 200 | OK |

## Sample request

\`\`\`json
{ "Count": "7", "Name": "a", "Colour": "red", "Kind": "Huge" }
\`\`\`

\`\`\`json
{ "Count": 8, "Name": "b", "Colour": "blue", "Kind": "Small" }
\`\`\`

## Sample response

\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json

{ "ok": true }
\`\`\`
`;
