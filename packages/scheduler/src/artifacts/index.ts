export { ArtifactDirectory, isPlainFileName, type ArtifactFile } from './artifact-directory';
export { ARTIFACTS_PATH, artifactRouter, contentTypeOf, type ArtifactRouterOptions } from './artifact-router';
export {
  ARTIFACT_DIR_DESCRIPTION,
  ARTIFACT_DIR_ENV,
  ArtifactSetupError,
  EXECUTOR_TARBALL_COMMAND,
  advertisedHost,
  artifactUri,
  findExecutorTarball,
  planExecutorArtifact,
  resolveArtifactDir,
  type ExecutorArtifactInput,
  type ExecutorArtifactPlan,
} from './executor-artifact';
