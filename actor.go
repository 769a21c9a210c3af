package tally

// ActorKind classifies actors after ACLED's actor types.
type ActorKind string

// Kinds of actors.
const (
	ActorState     ActorKind = "state"     // state forces: army, police, security forces
	ActorRebel     ActorKind = "rebel"     // rebel groups
	ActorMilitia   ActorKind = "militia"   // political and identity militias
	ActorGroup     ActorKind = "group"     // political groups, parties, opposition movements
	ActorCivilians ActorKind = "civilians" // unarmed people
	ActorPerson    ActorKind = "person"    // a named individual
	ActorOrg       ActorKind = "organisation"
	ActorMedia     ActorKind = "media"
	ActorExternal  ActorKind = "external" // foreign or international bodies: the UN, a foreign ministry
)

// Actor is a normalised participant: one entry for all of its spellings.
type Actor struct {
	ID      string    `json:"id"` // a stable slug: "iraq-security-forces"
	Name    string    `json:"name"`
	Aliases []string  `json:"aliases,omitempty"`
	Kind    ActorKind `json:"kind,omitempty"`
	Country string    `json:"country,omitempty"`
	// Source is how to weigh figures this actor gives when it is a source.
	Source SourceKind `json:"source_kind,omitempty"`
	// Origin groups actors that speak with one voice, such as a movement and
	// its political wing: claims from one origin are not independent.
	Origin string `json:"origin,omitempty"`
}

// Role is the part an actor plays in a mention.
type Role string

// Roles of actors.
const (
	RolePerpetrator Role = "perpetrator"
	RoleVictim      Role = "victim"
	RoleSource      Role = "source"
)

// ActorRef is an actor as a report names it.
type ActorRef struct {
	Actor Actor `json:"actor"`
	Role  Role  `json:"role"`
	Span  Span  `json:"span"`
}
