declare module 'virtual:van-kien/content' {
  import type { IssuerEntry, ResolutionEntry } from './lib/content/load';
  /** Every issuer of `issuers.yaml`, validated. */
  export const issuers: IssuerEntry[];
  /** Every document of `resolutions/`, validated. */
  export const resolutions: ResolutionEntry[];
}
