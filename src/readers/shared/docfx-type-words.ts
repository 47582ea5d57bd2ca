/**
 * The DocFX endpoint template's type words that say more than the shared vocabulary: its request
 * tables write `Integer` where the response table of the same entity, on the same page, writes
 * `int32` (seed 001: `EjMessageId | Integer` under `Request Body: entity`, `EjMessageId | int32`
 * under `Response body: TicketMessageEntity`). In this template `Integer` is the Int32 rendering;
 * elsewhere `integer` states no width (an ASP.NET Help Page writes it for every integer type).
 * The scraped text of the same pages (the `text` dialect) uses the same words.
 */
export const DOCFX_TYPE_WORDS: Readonly<Record<string, string>> = { integer: 'int32' };
