// swagger-ui-dist ships no types; this is the one file of it the server imports.
declare module "swagger-ui-dist/absolute-path.js" {
  /** The package's directory on disk. */
  export default function getAbsoluteFSPath(): string;
}
