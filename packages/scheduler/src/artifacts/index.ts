export { ArtifactDirectory, isPlainFileName, type ArtifactFile } from './artifact-directory';
export { ARTIFACTS_PATH, artifactRouter, contentTypeOf, type ArtifactRouterOptions } from './artifact-router';
export {
  ArtifactSetupError,
  advertisedHost,
  artifactUri,
  findExecutorTarball,
  planExecutorArtifact,
  resolveArtifactDir,
  type ExecutorArtifactInput,
  type ExecutorArtifactPlan,
} from './executor-artifact';
