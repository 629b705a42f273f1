// The little of oidc-provider (a devDependency without types) that the single sign-on test uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface Account {
    accountId: string;
    claims(): Record<string, unknown>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: {
      clients: Record<string, unknown>[];
      claims?: Record<string, string[]>;
      findAccount(context: unknown, id: string): Account | Promise<Account>;
      cookies?: { keys: string[] };
    });
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
