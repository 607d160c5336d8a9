import type http from 'node:http';

/** Writes `body` as a JSON answer with its length, in one piece. */
export function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** An error answer shaped as GraphQL's, so a client reads the HTTP routes' errors as it reads the API's. */
export const sendError = (response: http.ServerResponse, status: number, code: string, message: string) =>
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
