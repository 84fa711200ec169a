// A client whose documentation says "call connect, then authenticate, then query, then
// close", enforced by flags checked at run time. Every method can throw, none says so.

export class DatabaseClient {
  private connected = false;
  private authenticated = false;

  connect(url: string): void {
    if (!url.startsWith("db://")) {
      throw new Error(`not a database url: ${url}`);
    }
    this.connected = true;
  }

  authenticate(user: string, token: string): void {
    if (!this.connected) {
      throw new Error("call connect() first");
    }
    this.authenticated = user !== "" && token !== "";
  }

  query(table: string): string[] {
    if (!this.authenticated) {
      throw new Error("call authenticate() first");
    }
    return [table];
  }

  close(): void {
    this.connected = false;
    this.authenticated = false;
  }
}
