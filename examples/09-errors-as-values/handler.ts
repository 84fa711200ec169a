import { matchTag } from "ferrous";
import type { RenameError } from "./errors.js";
import type { UserRepository } from "./repository.js";
import { renameUser } from "./service.js";

export interface HttpRequest {
  readonly params: { readonly id: string };
  readonly body: { readonly name: string };
}

export interface HttpResponse {
  readonly status: number;
  readonly body: string;
}

/** Each error of the layers below has its answer; a new error type does not compile until it has one. */
function toResponse(error: RenameError): HttpResponse {
  return matchTag(error, {
    InvalidName: ({ reason }) => ({ status: 400, body: `invalid name: ${reason}` }),
    UserNotFound: ({ id }) => ({ status: 404, body: `no user ${id}` }),
    DatabaseDown: () => ({ status: 503, body: "try again later" }),
  });
}

/** The HTTP layer: the only place where errors turn into status codes. */
export async function handleRename(repository: UserRepository, request: HttpRequest): Promise<HttpResponse> {
  return renameUser(repository, request.params.id, request.body.name).match({
    Ok: (user) => ({ status: 200, body: `renamed to ${user.name}` }),
    Err: toResponse,
  });
}
