/**
 * Site ids for the components and groups an import finds: the site's own where the names match,
 * new ones (printed for the config, or written into it) otherwise. Pure; one registry per run,
 * so every incident of a source gets the same id for the same component.
 */
import type { ComponentConfig, GroupConfig } from '../config/schema.ts';
import type { SourceComponent, SourceGroup } from './model.ts';

/** `Git Operations` → `git-operations`; `DNS 1 (hp1.example.com)` → `dns-1-hp1-example-com`. */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const sameName = (a: string, b: string) =>
  idFromName(a) === idFromName(b) || a.trim().toLowerCase() === b.trim().toLowerCase();

export class ComponentRegistry {
  private readonly components: ComponentConfig[];
  private readonly groups: GroupConfig[];
  private readonly taken: Set<string>;
  private readonly bySource = new Map<string, string>();
  private readonly groupBySource = new Map<string, string>();
  private readonly added: ComponentConfig[] = [];
  private readonly addedGroups: GroupConfig[] = [];
  /** Groups the source described (by their source id), for the components that name them later. */
  private readonly knownGroups = new Map<string, SourceGroup>();

  constructor(existing: { components: readonly ComponentConfig[]; groups: readonly GroupConfig[] }) {
    this.components = [...existing.components];
    this.groups = [...existing.groups];
    this.taken = new Set([...existing.components.map((c) => c.id), ...existing.groups.map((g) => g.id)]);
  }

  /** Every component the site will have: its own and the new ones, in order. */
  all(): readonly ComponentConfig[] {
    return this.components;
  }

  allGroups(): readonly GroupConfig[] {
    return this.groups;
  }

  newComponents(): readonly ComponentConfig[] {
    return this.added;
  }

  newGroups(): readonly GroupConfig[] {
    return this.addedGroups;
  }

  /** A group the source describes; its id is given when a component first names it. */
  describeGroup(group: SourceGroup): void {
    if (group.sourceId) this.knownGroups.set(group.sourceId, group);
  }

  groupNameOf(sourceId: string): string | undefined {
    return this.knownGroups.get(sourceId)?.name;
  }

  private freeId(wanted: string, fallback: string): string {
    let id = /^[a-z0-9]/.test(wanted) ? wanted : fallback;
    for (let n = 2; this.taken.has(id); n++) id = `${/^[a-z0-9]/.test(wanted) ? wanted : fallback}-${n}`;
    this.taken.add(id);
    return id;
  }

  groupId(named: SourceGroup): string {
    // A group named by a component takes the description the source gave it elsewhere.
    const described = [...this.knownGroups.values()].find((known) => known.name === named.name);
    const group = { ...described, ...named, description: named.description ?? described?.description };
    const cached = group.sourceId ? this.groupBySource.get(group.sourceId) : undefined;
    if (cached) return cached;
    const found = this.groups.find((candidate) => sameName(candidate.name, group.name));
    const id = found?.id ?? this.freeId(idFromName(group.name), 'group');
    if (!found) {
      const added: GroupConfig = {
        id,
        name: group.name.trim(),
        ...(group.description?.trim() ? { description: group.description.trim() } : {}),
      };
      this.groups.push(added);
      this.addedGroups.push(added);
    }
    if (group.sourceId) this.groupBySource.set(group.sourceId, id);
    return id;
  }

  /** The site id of a component: the same on every call for the same source component. */
  componentId(component: SourceComponent): string {
    const cached = component.sourceId ? this.bySource.get(component.sourceId) : undefined;
    if (cached) return cached;
    const groupId = component.group ? this.groupId({ name: component.group }) : undefined;
    const candidates = this.components.filter(
      (candidate) => sameName(candidate.name, component.name) || candidate.id === idFromName(component.name),
    );
    // The same name in another group is another component (an "API" per region); without groups, names decide.
    const found =
      candidates.find((candidate) => candidate.group === groupId) ??
      candidates.find((candidate) => !candidate.group || !groupId);
    let id = found?.id;
    if (!id) {
      const base = idFromName(component.name);
      const wanted = this.taken.has(base) && groupId ? `${groupId}-${base}` : base;
      id = this.freeId(wanted, 'component');
      const added: ComponentConfig = {
        id,
        name: component.name.trim() || id,
        ...(component.description?.trim() ? { description: component.description.trim() } : {}),
        ...(groupId ? { group: groupId } : {}),
      };
      this.components.push(added);
      this.added.push(added);
    }
    if (component.sourceId) this.bySource.set(component.sourceId, id);
    return id;
  }
}
