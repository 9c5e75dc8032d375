/** Kinds of bodies that can be responsible for a measure. */
export const ACTOR_TYPES = [
  'administration',
  'council',
  'politics',
  'network',
  'association',
  'migrant_organisation',
  'education',
  'social_institution',
  'business',
  'other',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export interface FieldOfAction {
  id: string;
  key: string;
  name: string;
  description: string | null;
  position: number;
}

export interface Guideline {
  id: string;
  code: string;
  text: string;
  position: number;
}

export interface LeitbildSection {
  id: string;
  code: string;
  title: string;
  motto: string | null;
  position: number;
  guidelines: Guideline[];
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
}

export interface CreateFieldOfActionRequest {
  name: string;
  description?: string | null;
}
export type UpdateFieldOfActionRequest = Partial<CreateFieldOfActionRequest>;

export interface CreateActorRequest {
  name: string;
  type: ActorType;
}
export type UpdateActorRequest = Partial<CreateActorRequest>;
