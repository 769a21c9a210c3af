package actors_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"tally/actors"
)

// found renders matches as "Name=id" for compact table tests.
func found(ms []actors.Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name + "=" + m.Actor.ID
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// State forces, qualified and generic.
		{"security forces loyal", "Iraqi security forces loyal to the prime minister stormed the camp.",
			[]string{"Iraqi security forces=iq-security-forces"}},
		{"the Iraqi Army", "Witnesses said the Iraqi Army opened fire at dawn.",
			[]string{"Witnesses=witnesses", "Iraqi Army=iq-security-forces"}},
		{"troops and eye-witnesses", "Iraqi troops shot the men, according to eye-witnesses.",
			[]string{"Iraqi troops=iq-security-forces", "eye-witnesses=witnesses"}},
		{"officials and the UN", "Iraqi officials blamed infighting. The United Nations said it was alarmed.",
			[]string{"Iraqi officials=iq-government", "United Nations=un"}},
		{"Syrian army", "Syrian army shelling hit the market.", []string{"Syrian army=sy-security-forces"}},
		{"Nigerian troops", "Nigerian troops repelled the raid.", []string{"Nigerian troops=ng-security-forces"}},
		{"Afghan police", "Afghan police said the bomber was young.", []string{"Afghan police=af-police"}},
		{"Yemeni armed forces", "the Yemeni armed forces denied it", []string{"Yemeni armed forces=ye-security-forces"}},
		{"Ukrainian soldiers", "Ukrainian soldiers held the line.", []string{"Ukrainian soldiers=ua-security-forces"}},
		{"US forces", "U.S. forces and US troops withdrew.",
			[]string{"U.S. forces=us-security-forces", "US troops=us-security-forces"}},
		{"possessive country", "Iraq's army and Iraq’s government disagreed.",
			[]string{"Iraq's army=iq-security-forces", "Iraq’s government=iq-government"}},
		{"government of", "the government of Iraq said", []string{"government of Iraq=iq-government"}},
		{"the army", "The army said it had no part in it.", []string{"The army=security-forces"}},
		{"army without the", "an army of volunteers", nil},
		{"police said", "Police said two men were arrested.", []string{"Police=police"}},
		{"sheriff curly", "the Howard County Sheriff’s Office said", []string{"Sheriff’s Office=police"}},
		{"generic perpetrators", "The gunman fled; a suspect was held. Unknown gunmen struck later.",
			[]string{"gunman=unidentified-gunmen", "suspect=unidentified-gunmen", "Unknown gunmen=unidentified-gunmen"}},
		{"leftmost longest", "Iraqi police officers arrived.", []string{"Iraqi police officers=iq-police"}},
		{"Free Syrian Army is not the army", "the Free Syrian Army said", []string{"Free Syrian Army=fsa"}},
		{"Syrian Democratic Forces", "Syrian Democratic Forces advanced.", []string{"Syrian Democratic Forces=sdf"}},

		// PMOI spellings.
		{"MeK", "the dissident group Mujahedeen-e-Khalq (MeK) said",
			[]string{"dissident=dissidents", "Mujahedeen-e-Khalq=pmoi", "MeK=pmoi"}},
		{"PMOI long", "a spokesman for the People's Mojahedin Organisation of Iran (PMOI) said",
			[]string{"People's Mojahedin Organisation of Iran=pmoi", "PMOI=pmoi"}},
		{"Mujahedin family", "Mujahedin-e-Khalq, Mojahedin-e Khalq, Mujahideen Khalq and Mojahedeen-e-Khalq",
			[]string{"Mujahedin-e-Khalq=pmoi", "Mojahedin-e Khalq=pmoi", "Mujahideen Khalq=pmoi", "Mojahedeen-e-Khalq=pmoi"}},
		{"NCRI", "the National Council of Resistance of Iran (the NCRI, its political arm) released names",
			[]string{"National Council of Resistance of Iran=ncri", "NCRI=ncri"}},

		// Quds, Qods, Qod's.
		{"Quds family", "Iran’s Qods Force, the Quds force, Qod's Force and Qod’s force",
			[]string{"Qods Force=quds-force", "Quds force=quds-force", "Qod's Force=quds-force", "Qod’s force=quds-force"}},
		{"IRGC lower case", "the IRI's revolutionary guards", []string{"revolutionary guards=irgc"}},

		// People: Nouri/Nuri, Soleimani/Suleimani.
		{"Maliki", "Nouri al-Maliki, Nuri al-Maliki, Nouri Maliki and Maliki",
			[]string{"Nouri al-Maliki=nouri-al-maliki", "Nuri al-Maliki=nouri-al-maliki", "Nouri Maliki=nouri-al-maliki", "Maliki=nouri-al-maliki"}},
		{"Soleimani", "Qassem Soleimani, Qassim Suleimani, Qasem Suleymani and Soleimani",
			[]string{"Qassem Soleimani=qassem-soleimani", "Qassim Suleimani=qassem-soleimani", "Qasem Suleymani=qassem-soleimani", "Soleimani=qassem-soleimani"}},
		{"Assad", "President Bashar al-Assad and Assad", []string{"Bashar al-Assad=bashar-al-assad", "Assad=bashar-al-assad"}},
		{"Baghdadi", "Abu Bakr al-Baghdadi", []string{"Abu Bakr al-Baghdadi=abu-bakr-al-baghdadi"}},
		{"Rajavi", "Maryam Rajavi spoke", []string{"Maryam Rajavi=maryam-rajavi"}},
		{"possessive left out", "Maliki’s government and the Taliban's leaders, Iran's Qods Force",
			[]string{"Maliki=nouri-al-maliki", "Taliban=taliban", "Qods Force=quds-force"}},

		// Armed groups and their spellings.
		{"IS family", "IS fighters, ISIS, ISIL, Daesh and the Islamic State of Iraq and the Levant",
			[]string{"IS=islamic-state", "ISIS=islamic-state", "ISIL=islamic-state", "Daesh=islamic-state", "Islamic State of Iraq and the Levant=islamic-state"}},
		{"al-Qaeda family", "al-Qaeda, Al Qaida and al-Qaida in the Arabian Peninsula (AQAP)",
			[]string{"al-Qaeda=al-qaeda", "Al Qaida=al-qaeda", "al-Qaida in the Arabian Peninsula=aqap", "AQAP=aqap"}},
		{"Hezbollah family", "Hizballah, Hizbullah, Hezbollah and Kata'ib Hezbollah",
			[]string{"Hizballah=hezbollah", "Hizbullah=hezbollah", "Hezbollah=hezbollah", "Kata'ib Hezbollah=kataib-hezbollah"}},
		{"Iraqi militias", "Asa'ib Ahl al-Haq and Hashd al-Shaabi, the Popular Mobilization Forces",
			[]string{"Asa'ib Ahl al-Haq=aah", "Hashd al-Shaabi=pmf", "Popular Mobilization Forces=pmf"}},
		{"Syria groups", "Hayat Tahrir al-Sham (HTS) and Jabhat an-Nusra",
			[]string{"Hayat Tahrir al-Sham=hts", "HTS=hts", "Jabhat an-Nusra=nusra"}},
		{"Africa", "Boko Haram and ISWAP; al-Shabaab; the Rapid Support Forces (RSF) and the Janjaweed",
			[]string{"Boko Haram=boko-haram", "ISWAP=iswap", "al-Shabaab=al-shabaab", "Rapid Support Forces=rsf", "RSF=rsf", "Janjaweed=janjaweed"}},
		{"others", "Taliban, the Houthis (Ansar Allah), PKK, YPG, Wagner Group, FARC and the ELN",
			[]string{"Taliban=taliban", "Houthis=houthis", "Ansar Allah=houthis", "PKK=pkk", "YPG=ypg", "Wagner Group=wagner", "FARC=farc", "ELN=eln"}},
		{"Mukhtar Army", "the Mukhtar Army claimed the rocket attack", []string{"Mukhtar Army=mukhtar-army"}},

		// Observers and media.
		{"observers", "UNAMI said its staff saw the bodies; Amnesty International and HRW called for an inquiry.",
			[]string{"UNAMI=unami", "Amnesty International=amnesty", "HRW=hrw"}},
		{"UN mission", "the UN Assistance Mission for Iraq and the Syrian Observatory for Human Rights",
			[]string{"UN Assistance Mission for Iraq=unami", "Syrian Observatory for Human Rights=sohr"}},
		{"Red Cross", "the Red Cross and Doctors Without Borders", []string{"Red Cross=icrc", "Doctors Without Borders=msf"}},
		{"media", "state TV, Reuters, AFP, Al Jazeera and Al-Iraqiya reported", []string{
			"state TV=state-media", "Reuters=reuters", "AFP=afp", "Al Jazeera=al-jazeera", "Al-Iraqiya=al-iraqiya"}},
		{"AP dateline", "BAGHDAD (AP) — Gunmen opened fire", []string{"AP=ap", "Gunmen=unidentified-gunmen"}},
		{"U.N.", "U.N. officials said", []string{"U.N.=un", "officials=authorities"}},

		// Civilians and witnesses.
		{"civilians", "camp residents, civilians, refugees, protesters and worshippers",
			[]string{"camp residents=camp-residents", "civilians=civilians", "refugees=refugees", "protesters=protesters", "worshippers=worshippers"}},
		{"residents said", "residents said the shooting lasted an hour", []string{"residents=residents"}},

		// Gaps: a line break joins a name, a blank line or a comma does not.
		{"line break", "Iraqi\nsecurity forces", []string{"Iraqi\nsecurity forces=iq-security-forces"}},
		{"blank line", "Iraqi\n\nsecurity forces", []string{"security forces=security-forces"}},
		{"comma", "Iraqi, security forces", []string{"security forces=security-forces"}},
		{"bracket closed", "the CPI (Maoist) said", []string{"CPI (Maoist)=maoists"}},

		// Things that are not actors.
		{"is is not IS", "This is what it is.", nil},
		{"Un- is not UN", "Un-American behaviour, unrest, UNICEFX", nil},
		{"AP inside words", "APEX, TAPS and MAP", nil},
		{"headline IS", "WHAT IS NEXT FOR IRAQ", nil},
		{"headline IS claims", "IS CLAIMS ATTACK", []string{"IS=islamic-state"}},
		{"Hamas inside a word", "Hamasville and Homes and Homs", nil},
		{"Suleiman is not Soleimani", "Suleiman and Salman met.", nil},
		{"amnesty common noun", "a general amnesty was declared", nil},
		{"Amnesty Smith", "Amnesty Smith, 34, was shot", nil},
		{"police as part of a word", "impolite policing", nil},
		{"Sadr City", "a market in Sadr City", nil},
		{"empty", "", nil},
	}
	tb := actors.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(tb.Find(tt.text))
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFindStateForcesEveryCountry checks the generated state actors across
// the whole country table, not just the handful of countries above.
func TestFindStateForcesEveryCountry(t *testing.T) {
	tb := actors.Default()
	for _, a := range tb.Actors() {
		if !strings.HasSuffix(a.ID, "-security-forces") || a.Country == "" {
			continue
		}
		dem := strings.TrimSuffix(a.Name, " security forces")
		for _, phrase := range []string{dem + " army", dem + " troops", dem + " military", dem + " soldiers", dem + " armed forces", dem + " security forces"} {
			ms := tb.Find("Then " + phrase + " moved in.")
			if len(ms) != 1 || ms[0].Actor.ID != a.ID || ms[0].Name != phrase {
				t.Errorf("Find(%q) = %q, want %s", phrase, found(ms), a.ID)
			}
		}
		police := strings.Replace(a.ID, "-security-forces", "-police", 1)
		if ms := tb.Find(dem + " police said"); len(ms) != 1 || ms[0].Actor.ID != police {
			t.Errorf("Find(%q police) = %q, want %s", dem, found(ms), police)
		}
	}
}

// TestFindEveryAlias checks the data: every name and alias of every actor,
// put in a sentence, is found as itself and as its own actor. A failure
// means two actors share a spelling, or an alias cannot match text.
func TestFindEveryAlias(t *testing.T) {
	tb := actors.Default()
	n := 0
	for _, a := range tb.Actors() {
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			n++
			ms := tb.Find("Then " + s + " said.")
			want := s
			if strings.HasPrefix(s, "the ") {
				want = "t" + strings.TrimPrefix(s, "t") // the span keeps the "the"
			}
			if len(ms) != 1 || ms[0].Actor.ID != a.ID || ms[0].Name != want {
				t.Errorf("alias %q of %s: Find = %q", s, a.ID, found(ms))
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d aliases in the built-in table", n)
	}
}

func TestFindSpans(t *testing.T) {
	text := "Ärzte said: Iranian security forces and Qods Force members, per al-Qaeda’s rivals."
	ms := actors.Default().Find(text)
	want := []string{"Iranian security forces", "Qods Force", "al-Qaeda"}
	if got := names(ms); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("names = %q, want %q", got, want)
	}
	for _, m := range ms {
		if m.Span.Of(text) != m.Name {
			t.Errorf("span %v of %q is %q", m.Span, m.Name, m.Span.Of(text))
		}
	}
}

func names(ms []actors.Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
	}
	return out
}

func TestFindCountryOfGenericActors(t *testing.T) {
	// Generic state actors carry no country: the caller fills it in.
	ms := actors.Default().Find("troops and police and officials")
	if len(ms) != 3 {
		t.Fatalf("Find = %q", found(ms))
	}
	for _, m := range ms {
		if m.Actor.Country != "" || m.Actor.Kind != "state" {
			t.Errorf("%s: country %q kind %q, want no country and kind state", m.Name, m.Actor.Country, m.Actor.Kind)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Iraqi security forces loyal to Nouri al-Maliki attacked Mujahedeen-e-Khalq (MeK).",
		"Iran’s Qods Force; Qod's Force; U.N.; U.S.-led coalition; the army",
		"WHAT IS THIS", "al-", "-e-", "’s", "U.", "A.B.C", "CPI (Maoist", "\xff\xfeQods\x00Force",
		"Ärzte ʿAli Shuhadaʾ Kata'ib Hezbollah",
		"the\n\nthe army\n", "police)(police",
	} {
		f.Add(s)
	}
	tb := actors.Default()
	f.Fuzz(func(t *testing.T, text string) {
		ms := tb.Find(text)
		prev := 0
		for _, m := range ms {
			if !m.Span.Valid(len(text)) || m.Span.Len() == 0 {
				t.Fatalf("bad span %v for text of %d bytes", m.Span, len(text))
			}
			if m.Span.Start < prev {
				t.Fatalf("span %v overlaps or precedes the one before (end %d)", m.Span, prev)
			}
			prev = m.Span.End
			if m.Name != text[m.Span.Start:m.Span.End] {
				t.Fatalf("Name %q != text[span] %q", m.Name, text[m.Span.Start:m.Span.End])
			}
			if m.Actor.ID == "" {
				t.Fatalf("match %q has no actor", m.Name)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Name) {
				t.Fatalf("name %q cuts a rune", m.Name)
			}
		}
	})
}
