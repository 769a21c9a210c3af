package tally

// EventType is what happened in a mention, in tally's own words.
type EventType string

// Event types. ACLED maps each onto ACLED's event type and sub-event type.
const (
	EventAttack    EventType = "attack"
	EventShooting  EventType = "shooting"
	EventShelling  EventType = "shelling"
	EventBombing   EventType = "bombing"
	EventAirstrike EventType = "airstrike"
	EventExecution EventType = "execution"
	EventMassacre  EventType = "massacre"
	EventAbduction EventType = "abduction"
	EventDetention EventType = "detention"
	EventRaid      EventType = "raid"
	EventClash     EventType = "clash"
	EventRiot      EventType = "riot"
	EventUnknown   EventType = ""
)

// acledTypes maps tally's event types onto ACLED's (event type, sub-event type).
var acledTypes = map[EventType][2]string{
	EventAttack:    {"Violence against civilians", "Attack"},
	EventShooting:  {"Violence against civilians", "Attack"},
	EventMassacre:  {"Violence against civilians", "Attack"},
	EventExecution: {"Violence against civilians", "Attack"},
	EventAbduction: {"Violence against civilians", "Abduction/forced disappearance"},
	EventDetention: {"Strategic developments", "Arrests"},
	EventShelling:  {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
	EventBombing:   {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
	EventAirstrike: {"Explosions/Remote violence", "Air/drone strike"},
	EventRaid:      {"Battles", "Armed clash"},
	EventClash:     {"Battles", "Armed clash"},
	EventRiot:      {"Riots", "Violent demonstration"},
}

// ACLED returns ACLED's event type and sub-event type for t.
func (t EventType) ACLED() (eventType, subEventType string) {
	v, ok := acledTypes[t]
	if !ok {
		return "Violence against civilians", "Attack"
	}
	return v[0], v[1]
}
