/**
 * Where connection passwords live. The desktop app keeps them encrypted with the OS keychain
 * (electron/main/secret-store); browser mode and the CLI have no keychain, so they keep them
 * in memory only and an analyst types them again after a restart.
 */
export interface SecretStore {
  get(id: string): Promise<string | undefined>;
  set(id: string, secret: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** True when a secret outlives the process (an encrypted file), false when it is memory only. */
  readonly persistent: boolean;
}

export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    persistent: false,
    get: async (id) => secrets.get(id),
    set: async (id, secret) => {
      secrets.set(id, secret);
    },
    delete: async (id) => {
      secrets.delete(id);
    },
  };
}
