/**
 * Options Outpost no longer has. A site that still sets one gets an error
 * that names the version that removed it and what to write instead, not
 * just "not a field". The release that removes or renames an option (a
 * major version, with its migration note in CHANGELOG.md) adds it here.
 */

export interface RemovedOption {
  /** Dotted path of the option; `*` stands for any item of a list: `components.*.status`. */
  path: string;
  /** The version of Outpost that removed it. @example '2.0.0' */
  removedIn: string;
  /** What to write instead, as a sentence. @example 'use `updateCadenceMinutes: 30`' */
  instead: string;
}

/** Newest first. Empty until a release removes an option. */
export const REMOVED_OPTIONS: readonly RemovedOption[] = [];

/** The removed option at this path of the config (`['components', 2, 'status']`), if it is one. */
export function removedOptionAt(
  path: readonly PropertyKey[],
  removed: readonly RemovedOption[] = REMOVED_OPTIONS,
): RemovedOption | undefined {
  return removed.find((option) => {
    const parts = option.path.split('.');
    return (
      parts.length === path.length &&
      parts.every((part, index) =>
        part === '*'
          ? typeof path[index] === 'number' || /^\d+$/.test(String(path[index]))
          : part === String(path[index]),
      )
    );
  });
}
