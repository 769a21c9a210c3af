package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"tally/timex"
)

// describe writes the fields of e that are set, in a fixed order, so a
// table row can check them all in one string.
func describe(e timex.Expr) string {
	var b []string
	add := func(format string, args ...any) { b = append(b, fmt.Sprintf(format, args...)) }
	if !e.Date.IsZero() {
		add("date=%s", e.Date)
	}
	if e.Month != 0 || e.Day != 0 {
		add("md=%d/%d", e.Month, e.Day)
	}
	if e.HasWeekday {
		add("wd=%s", e.Weekday)
	}
	if e.HasRel {
		add("rel=%d", e.RelDays)
	}
	if e.HasRelWeek {
		add("relw=%d", e.RelWeeks)
	}
	if e.Weekend {
		add("weekend")
	}
	if e.HasRelMonth {
		add("relm=%d", e.RelMonths)
	}
	if e.HasRelYear {
		add("rely=%d", e.RelYears)
	}
	if e.Narrative {
		add("narr")
	}
	if e.Last {
		add("last")
	}
	if e.Next {
		add("next")
	}
	if e.Future {
		add("future")
	}
	if e.Clock != "" {
		add("clock=%s", e.Clock)
	}
	if e.NoMeridiem {
		add("nomer")
	}
	if e.Zone != "" {
		add("zone=%s", e.Zone)
	}
	if e.Part != "" {
		add("part=%s", e.Part)
	}
	if e.Qualifier != "" {
		add("q=%s", e.Qualifier)
	}
	if e.Holiday != "" {
		add("hol=%s", e.Holiday)
	}
	if e.US {
		add("us")
	}
	if e.Season != "" {
		add("season=%s", e.Season)
	}
	if !e.DayFirst.IsZero() {
		add("df=%s", e.DayFirst)
	}
	if !e.MonthFirst.IsZero() {
		add("mf=%s", e.MonthFirst)
	}
	return strings.Join(b, " ")
}

func show(text string, e timex.Expr) string {
	return fmt.Sprintf("%s|%s|%s", e.Span.Of(text), e.Kind, describe(e))
}

// Each row is a sentence and what Find must return, one "span|Kind|fields"
// string per expression. A row with no wants is a negative case.
var findTests = []struct {
	text string
	want []string
}{
	// Absolute dates.
	{"The raid began on September 1, 2013 at the camp.", []string{"September 1, 2013|Date|date=2013-09-01"}},
	{"Troops moved in on Sept. 1, 2013, witnesses said.", []string{"Sept. 1, 2013|Date|date=2013-09-01"}},
	{"It was Sep 1st, 2013 when the shelling started.", []string{"Sep 1st, 2013|Date|date=2013-09-01"}},
	{"Residents fled on 1 September 2013.", []string{"1 September 2013|Date|date=2013-09-01"}},
	{"The uprising began on 27 December 2010 in the south.", []string{"27 December 2010|Date|date=2010-12-27"}},
	{"The fighting ended on 3rd March, 2012.", []string{"3rd March, 2012|Date|date=2012-03-03"}},
	{"Bodies were found on the 1st of September.", []string{"the 1st of September|PartialDate|md=9/1"}},
	{"The strike came on the first of September.", []string{"the first of September|PartialDate|md=9/1"}},
	{"Filed 2014-06-15 by the desk.", []string{"2014-06-15|Date|date=2014-06-15"}},
	{"UPDATED 2014-06-15T05:30Z after new figures.", []string{"2014-06-15T05:30Z|Date|date=2014-06-15 clock=05:30 zone=UTC"}},
	{"KOKOMO, Ind. (June 15, 2014) — Police said four were hurt.", []string{"June 15, 2014|Date|date=2014-06-15"}},
	{"It happened Monday, June 15, 2014, near the river.", []string{"Monday, June 15, 2014|Date|date=2014-06-15 wd=Monday"}},
	{"Posted Sun., Sept. 1, 2013 by staff.", []string{"Sun., Sept. 1, 2013|Date|date=2013-09-01 wd=Sunday"}},
	{"The record shows 01-Sep-2013 as the date.", []string{"01-Sep-2013|Date|date=2013-09-01"}},
	{"The talks ran Sept. 1-2, 2013 in Geneva.", []string{"Sept. 1-2, 2013|Date|date=2013-09-01"}},
	{"Clashes on 1-2 September left many hurt.", []string{"1-2 September|PartialDate|md=9/1"}},
	{"An assault on January 9 killed eight people.", []string{"January 9|PartialDate|md=1/9"}},
	{"Officials said May 5 people were hurt.", nil},
	{"Raiders struck on the night of 8 to 9 March.", []string{"night of 8 to 9 March|PartialDate|md=3/8 part=night"}},
	{"The siege lasted from 3 to 5 May 2021.", []string{"3 to 5 May 2021|Date|date=2021-05-03"}},
	{"Between 8 and 9 people died in March.", []string{"March|Month|md=3/0"}},
	{"SEPTEMBER 1, 2013 — Dozens died.", []string{"SEPTEMBER 1, 2013|Date|date=2013-09-01"}},
	{"Published On: August 31, 2020Categories: NEWS", []string{"August 31, 2020|Date|date=2020-08-31"}},

	// Partial dates.
	{"He was arrested on 1 September in Basra.", []string{"1 September|PartialDate|md=9/1"}},
	{"It was September 1st and the camp was quiet.", []string{"September 1st|PartialDate|md=9/1"}},
	{"LONDON, Apr. 08 – Exiles said forces attacked.", []string{"Apr. 08|PartialDate|md=4/8"}},
	{"He was due in court Aug. 17.", []string{"Aug. 17|PartialDate|md=8/17 future"}},
	{"The car was stolen last Aug. 17, police said.", []string{"last Aug. 17|PartialDate|md=8/17 last"}},
	{"On July 22, officers made an arrest.", []string{"July 22|PartialDate|md=7/22"}},
	{"He was killed on July Fourth near a park.", []string{"July Fourth|PartialDate|md=7/4 hol=Independence Day us"}},
	{"Shots rang out on the Fourth of July.", []string{"the Fourth of July|PartialDate|md=7/4 hol=Independence Day us"}},
	{"The shots came on Christmas Eve.", []string{"Christmas Eve|PartialDate|md=12/24 hol=Christmas Eve"}},
	{"Christmas Day was quiet.", []string{"Christmas Day|PartialDate|md=12/25 hol=Christmas Day"}},
	{"They met at Christmas every year.", []string{"Christmas|PartialDate|md=12/25 hol=Christmas Day"}},
	{"A party on New Year’s Eve ended in gunfire.", []string{"New Year’s Eve|PartialDate|md=12/31 hol=New Year's Eve"}},
	{"He died on New Year's Day.", []string{"New Year's Day|PartialDate|md=1/1 hol=New Year's Day"}},
	{"Police patrolled on Halloween night.", []string{"Halloween night|PartialDate|md=10/31 part=night hol=Halloween"}},
	{"The family gathered for Thanksgiving.", []string{"Thanksgiving|Holiday|hol=Thanksgiving"}},
	{"Fireworks marked U.S. Independence Day.", []string{"Independence Day|Holiday|hol=Independence Day us"}},
	{"Crowds marked Independence Day in Karachi.", []string{"Independence Day|Holiday|hol=Independence Day"}},
	{"The vigil was held on Christmas Day 2012.", []string{"Christmas Day 2012|Date|date=2012-12-25 hol=Christmas Day"}},
	{"Riots broke out on Easter Sunday.", []string{"Easter Sunday|Holiday|hol=Easter"}},
	{"He was shot on the 15th, police said.", []string{"the 15th|DayOfMonth|md=0/15"}},

	// Months and years.
	{"Eleven died in July 2009 at the camp.", []string{"July 2009|MonthYear|date=2009-07"}},
	{"A militia in February of this year killed several.", []string{"February of this year|Month|md=2/0 rely=0"}},
	{"The rifle went missing last April.", []string{"last April|Month|md=4/0 last"}},
	{"Talks stalled in April last year.", []string{"April last year|Month|md=4/0 rely=-1"}},
	{"A hearing is set for July.", []string{"July|Month|md=7/0 future"}},
	{"Supplies were cut in late August.", []string{"late August|Month|md=8/0 part=late"}},
	{"Prices rose in mid-July.", []string{"mid-July|Month|md=7/0 part=mid"}},
	{"They were charged in the January shooting.", []string{"January|Month|md=1/0"}},
	{"He was convicted in 2011.", []string{"2011|Year|date=2011"}},
	{"killing 11 in 2009, and 36 in 2011.", []string{"2009|Year|date=2009", "2011|Year|date=2011"}},
	{"The camp was attacked in 2009 and 2011.", []string{"2009|Year|date=2009", "2011|Year|date=2011"}},
	{"He was envoy from 2009 to 2014.", []string{"2009|Year|date=2009", "2014|Year|date=2014"}},
	{"Most had moved out by 2013.", []string{"by 2013|Year|date=2013 q=by"}},
	{"He has lived there since 2009.", []string{"since 2009|Year|date=2009 q=since"}},
	{"A report on the 2013 attack was released.", []string{"2013|Year|date=2013"}},
	{"Survivors of the 2013 Camp Ashraf Massacre spoke.", []string{"2013|Year|date=2013"}},
	{"A 2015 court document listed him.", []string{"2015|Year|date=2015"}},
	{"Iraq's 2010 election was disputed.", []string{"2010|Year|date=2010"}},
	{"Rollout is slated for late 2016.", []string{"late 2016|Year|date=2016 future part=late"}},
	{"The camp emptied in mid-2013.", []string{"mid-2013|Year|date=2013 part=mid"}},
	{"2013's toll was the worst.", []string{"2013|Year|date=2013"}},
	{"Copyright 2016 Example Broadcasting.", []string{"2016|Year|date=2016"}},
	{"(© 2016 Example)", []string{"2016|Year|date=2016"}},
	{"Crime rose last year.", []string{"last year|Relative|rely=-1"}},
	{"It rose earlier this year.", []string{"earlier this year|Relative|rely=0 q=earlier"}},
	{"He was re-elected earlier this month.", []string{"earlier this month|Relative|relm=0 q=earlier"}},
	{"Two were shot this month.", []string{"this month|Relative|relm=0"}},
	{"She shot herself last month.", []string{"last month|Relative|relm=-1"}},
	{"Cases fell late last year.", []string{"late last year|Relative|rely=-1 part=late"}},
	{"They enrolled last summer.", []string{"last summer|Season|last season=summer"}},
	{"It happened in the summer of 2013.", []string{"summer of 2013|Season|date=2013 season=summer"}},
	{"She will start school in the fall.", []string{"fall|Season|future season=autumn"}},

	// Weekdays and relative days.
	{"The army attacked today.", []string{"today|Relative|rel=0"}},
	{"Police said yesterday the toll rose.", []string{"yesterday|Relative|rel=-1"}},
	{"A vigil is planned tonight.", []string{"tonight|Relative|rel=0 future part=night"}},
	{"Gunmen struck last night.", []string{"last night|Relative|rel=-1 part=night"}},
	{"He died this morning.", []string{"this morning|Relative|rel=0 part=morning"}},
	{"Shots were heard this afternoon.", []string{"this afternoon|Relative|rel=0 part=afternoon"}},
	{"A rally is set for this evening.", []string{"this evening|Relative|rel=0 future part=evening"}},
	{"Shots were fired early this morning.", []string{"early this morning|Relative|rel=0 part=early morning"}},
	{"He passed away earlier today.", []string{"earlier today|Relative|rel=0 q=earlier"}},
	{"The boy died yesterday morning.", []string{"yesterday morning|Relative|rel=-1 part=morning"}},
	{"Fighting erupted early Sunday.", []string{"early Sunday|Weekday|wd=Sunday part=early"}},
	{"The minister wrote late Thursday to the envoy.", []string{"late Thursday|Weekday|wd=Thursday part=late"}},
	{"He was shot late on Friday.", []string{"late on Friday|Weekday|wd=Friday part=late"}},
	{"Police arrived Sunday morning.", []string{"Sunday morning|Weekday|wd=Sunday part=morning"}},
	{"He was killed Tuesday night.", []string{"Tuesday night|Weekday|wd=Tuesday part=night"}},
	{"Police confirmed early Sunday morning the boy died.", []string{"early Sunday morning|Weekday|wd=Sunday part=early morning"}},
	{"He was arrested on Friday.", []string{"Friday|Weekday|wd=Friday"}},
	{"Saturday was calm.", []string{"Saturday|Weekday|wd=Saturday"}},
	{"Friday's attack killed six.", []string{"Friday|Weekday|wd=Friday"}},
	{"Sunday’s violence began at a party.", []string{"Sunday|Weekday|wd=Sunday"}},
	{"He was last seen last Sunday.", []string{"last Sunday|Weekday|wd=Sunday last"}},
	{"Shootings earlier Saturday wounded two.", []string{"earlier Saturday|Weekday|wd=Saturday q=earlier"}},
	{"He died the previous night.", []string{"the previous night|Relative|rel=-1 narr part=night"}},
	{"She saw him the day before.", []string{"the day before|Relative|rel=-1 narr"}},
	{"He was found the next day.", []string{"the next day|Relative|rel=1 narr"}},
	{"The following morning police returned.", []string{"The following morning|Relative|rel=1 narr part=morning"}},
	{"He died two days later.", []string{"two days later|Relative|rel=2 narr"}},
	{"She was hurt three days earlier.", []string{"three days earlier|Relative|rel=-3 narr"}},
	{"It came on the same day that talks began.", []string{"the same day|Relative|rel=0 narr"}},
	{"He returned that night.", []string{"that night|Relative|rel=0 narr part=night"}},
	{"He was freed a week ago.", []string{"a week ago|Relative|rel=-7"}},
	{"The clash was three days ago.", []string{"three days ago|Relative|rel=-3"}},
	{"It was 2 days ago.", []string{"2 days ago|Relative|rel=-2"}},
	{"He moved there a couple of weeks ago.", []string{"a couple of weeks ago|Relative|rel=-14"}},
	{"She left two years ago.", []string{"two years ago|Relative|rely=-2"}},
	{"Three men were shot last week.", []string{"last week|Relative|relw=-1"}},
	{"Four were shot over the weekend.", []string{"over the weekend|Relative|relw=0 weekend"}},
	{"A teen was killed last weekend.", []string{"last weekend|Relative|relw=-1 weekend"}},
	{"It happened this past weekend.", []string{"this past weekend|Relative|relw=-1 weekend"}},
	{"He was shot Tuesday last week.", []string{"Tuesday last week|Relative|wd=Tuesday relw=-1"}},
	{"The day before yesterday was calm.", []string{"The day before yesterday|Relative|rel=-2"}},
	{"A gunman fired overnight.", []string{"overnight|PartOfDay|part=night"}},

	// Times of day.
	{"The assault began at 5 a.m. and lasted hours.", []string{"5 a.m.|Clock|clock=05:00"}},
	{"At 4.45 am (local time), troops moved in.", []string{"4.45 am (local time)|Clock|clock=04:45 zone=local"}},
	{"It began at 4:45 a.m.", []string{"4:45 a.m.|Clock|clock=04:45"}},
	{"The firing stopped at midnight.", []string{"midnight|Clock|clock=00:00"}},
	{"He was shot just after noon.", []string{"just after noon|Clock|clock=12:00 q=just after"}},
	{"The call came around 6 AM.", []string{"around 6 AM|Clock|clock=06:00 q=around"}},
	{"Reports since 12:40PM local time said so.", []string{"since 12:40PM local time|Clock|clock=12:40 zone=local q=since"}},
	{"It happened around 3:15 a.m. at a club.", []string{"around 3:15 a.m.|Clock|clock=03:15 q=around"}},
	{"She called about 8:30 a.m. Sunday.", []string{"about 8:30 a.m. Sunday|Weekday|wd=Sunday clock=08:30 q=about"}},
	{"Shots rang out at 10 p.m. Sunday.", []string{"10 p.m. Sunday|Weekday|wd=Sunday clock=22:00"}},
	{"He was hit just before midnight Saturday.", []string{"just before midnight Saturday|Weekday|wd=Saturday clock=00:00 q=just before"}},
	{"Officers came shortly after 2 p.m.", []string{"shortly after 2 p.m.|Clock|clock=14:00 q=shortly after"}},
	{"The patrol left at 0500.", []string{"0500|Clock|clock=05:00"}},
	{"Shelling began at 05:00 local time.", []string{"05:00 local time|Clock|clock=05:00 zone=local"}},
	{"The blast was at 1430 GMT.", []string{"1430 GMT|Clock|clock=14:30 zone=GMT"}},
	{"Troops moved at 0300 hours.", []string{"0300 hours|Clock|clock=03:00"}},
	{"A raid in the early morning killed two.", []string{"early morning|PartOfDay|part=early morning"}},
	{"It lasted until late afternoon.", []string{"until late afternoon|PartOfDay|part=late afternoon q=until"}},
	{"The attack came in the early hours of Sunday.", []string{"early hours of Sunday|Weekday|wd=Sunday part=early morning"}},
	{"They struck before dawn.", []string{"before dawn|PartOfDay|part=dawn q=before"}},
	{"A pre-dawn raid left three dead.", []string{"pre-dawn|PartOfDay|part=dawn"}},
	{"It was mid-morning when they left.", []string{"mid-morning|PartOfDay|part=mid morning"}},
	{"He was shot at night.", []string{"night|PartOfDay|part=night"}},
	{"He arrived at 5 in the morning.", []string{"5 in the morning|Clock|clock=05:00 part=morning"}},
	{"We left around 9.30 in the evening.", []string{"around 9.30 in the evening|Clock|clock=21:30 part=evening q=around"}},
	{"Updated at 4:45 p.m. ET: officials spoke.", []string{"4:45 p.m. ET|Clock|clock=16:45 zone=ET"}},
	{"The car was there at 9:30, he said.", []string{"9:30|Clock|clock=09:30 nomer"}},
	{"It happened last night around 10:30 at a home.", []string{"last night around 10:30|Relative|rel=-1 clock=22:30 part=night q=around"}},
	{"Open from 10:00 a.m. to 4:00 p.m. daily.", []string{"10:00 a.m.|Clock|clock=10:00", "4:00 p.m.|Clock|clock=16:00"}},
	{"Doors shut at 12 noon.", []string{"12 noon|Clock|clock=12:00"}},

	// Numeric dates.
	{"As of 01/09/14, a report was due.", []string{"01/09/14|Numeric|df=2014-09-01 mf=2014-01-09"}},
	{"Filed 9/1/2013 in court.", []string{"9/1/2013|Numeric|df=2013-01-09 mf=2013-09-01"}},
	{"Dated 1.9.2013 in the letter.", []string{"1.9.2013|Numeric|df=2013-09-01 mf=2013-01-09"}},
	{"Signed 25/12/2010 by both sides.", []string{"25/12/2010|Date|date=2010-12-25 df=2010-12-25"}},
	{"Published: 8/19/2013", []string{"8/19/2013|Date|date=2013-08-19 mf=2013-08-19"}},
	{"Dated 15-06-2014 in the file.", []string{"15-06-2014|Date|date=2014-06-15 df=2014-06-15"}},
	{"Filed 5/5/2013 late.", []string{"5/5/2013|Date|date=2013-05-05 df=2013-05-05 mf=2013-05-05"}},

	// Merged pieces.
	{"It began around midnight on Saturday 31 August 2013 at the gate.",
		[]string{"around midnight on Saturday 31 August 2013|Date|date=2013-08-31 wd=Saturday clock=00:00 q=around"}},
	{"The attack began at 6 AM on 1 September.", []string{"6 AM on 1 September|PartialDate|md=9/1 clock=06:00"}},
	{"It happened Saturday, June 15, 2014 downtown.", []string{"Saturday, June 15, 2014|Date|date=2014-06-15 wd=Saturday"}},
	{"He was shot on Sunday evening, September 11th.", []string{"Sunday evening, September 11th|PartialDate|md=9/11 wd=Sunday part=evening"}},
	{"Just after 2 a.m. on Oct. 31, patrols heard shots.", []string{"Just after 2 a.m. on Oct. 31|PartialDate|md=10/31 clock=02:00 q=just after"}},
	{"It was held Tuesday, at 7 p.m., in the hall.", []string{"Tuesday, at 7 p.m.|Weekday|wd=Tuesday clock=19:00"}},
	{"It happened at 2:05 a.m. today on Central Street.", []string{"2:05 a.m. today|Relative|rel=0 clock=02:05"}},
	{"He was injured late in the evening on Nov. 2 downtown.", []string{"late in the evening on Nov. 2|PartialDate|md=11/2 part=late evening"}},
	{"They left on the night of 31 August.", []string{"night of 31 August|PartialDate|md=8/31 part=night"}},
	{"Updated: Monday, July 7, 2014 6:44 PM EDT", []string{"Monday, July 7, 2014 6:44 PM EDT|Date|date=2014-07-07 wd=Monday clock=18:44 zone=EDT"}},
	{"The news: 2013-09-01 05:30 the raid began.", []string{"2013-09-01 05:30|Date|date=2013-09-01 clock=05:30"}},
	{"Talks on Sunday, Tuesday and Friday failed.", []string{"Sunday|Weekday|wd=Sunday", "Tuesday|Weekday|wd=Tuesday", "Friday|Weekday|wd=Friday"}},
	{"Shots were fired over the weekend, Friday's toll was two.", []string{"over the weekend|Relative|relw=0 weekend", "Friday|Weekday|wd=Friday"}},
	{"Arrests in 2013 on Sunday.", []string{"2013|Year|date=2013", "Sunday|Weekday|wd=Sunday"}},

	// Later additions: o'clock, compatible parts, strong 24-hour times,
	// future cues, headline and dateline forms.
	{"In the early hours of this morning, gunmen fired.", []string{"early hours of this morning|Relative|rel=0 part=early morning"}},
	{"Around 4 o'clock we heard shots.", []string{"Around 4 o'clock|Clock|clock=04:00 nomer q=around"}},
	{"They left at 10 o’clock at night.", []string{"10 o’clock at night|Clock|clock=22:00 part=night"}},
	{"The raid began 05:30 and ended 17:45.", []string{"05:30|Clock|clock=05:30", "17:45|Clock|clock=17:45"}},
	{"It happened at approximately 11.20pm on Friday night.", []string{"approximately 11.20pm on Friday night|Weekday|wd=Friday clock=23:20 part=night q=approximately"}},
	{"The blast came at 5:45 p.m. local time Thursday (1045 GMT).",
		[]string{"5:45 p.m. local time Thursday|Weekday|wd=Thursday clock=17:45 zone=local", "1045 GMT|Clock|clock=10:45 zone=GMT"}},
	{"Updated 2:11 PM ET, Sun October 9, 2016", []string{"2:11 PM ET, Sun October 9, 2016|Date|date=2016-10-09 wd=Sunday clock=14:11 zone=ET"}},
	{"He was killed on Sunday 31st December 2017.", []string{"Sunday 31st December 2017|Date|date=2017-12-31 wd=Sunday"}},
	{"It was the worst since the Oct. 1, 2017 massacre.", []string{"Oct. 1, 2017|Date|date=2017-10-01"}},
	{"On the evening of 22 May 2017, a bomb exploded.", []string{"evening of 22 May 2017|Date|date=2017-05-22 part=evening"}},
	{"The shooting took place at 1.15am yesterday.", []string{"1.15am yesterday|Relative|rel=-1 clock=01:15"}},
	{"By Monday morning, the toll had risen to 52.", []string{"By Monday morning|Weekday|wd=Monday part=morning q=by"}},
	{"A vigil is planned for 7 p.m. Tuesday.", []string{"7 p.m. Tuesday|Weekday|wd=Tuesday future clock=19:00"}},
	{"He is due in court Thursday.", []string{"Thursday|Weekday|wd=Thursday future"}},
	{"Hearings won't resume until Sept. 9.", []string{"until Sept. 9|PartialDate|md=9/9 future q=until"}},
	{"He died due to wounds on Sunday.", []string{"Sunday|Weekday|wd=Sunday"}},
	{"Police will not say whether the shooting Sunday was planned.", []string{"Sunday|Weekday|wd=Sunday"}},
	{"Gunmen Kill 3 Sunday Night In Eastside Bar", []string{"Sunday Night|Weekday|wd=Sunday part=night"}},
	{"Girl Hurt In Sunday Evening Drive-By", []string{"Sunday Evening|Weekday|wd=Sunday part=evening"}},

	{"The attacks in late 2012 and early 2013 killed dozens.", []string{"late 2012|Year|date=2012 part=late", "early 2013|Year|date=2013 part=early"}},
	{"The bombing in 2013 killed 30 people.", []string{"2013|Year|date=2013"}},
	{"The bomb went off at 1345hrs; another at 0200GMT.", []string{"1345hrs|Clock|clock=13:45", "0200GMT|Clock|clock=02:00 zone=GMT"}},
	{"At 17h30, the shooting started.", []string{"17h30|Clock|clock=17:30"}},
	{"The 2006–2008 war killed thousands.", []string{"2006|Year|date=2006", "2008|Year|date=2008"}},
	{"Published: 06:42 BST, 3 September 2013", []string{"06:42 BST, 3 September 2013|Date|date=2013-09-03 clock=06:42 zone=BST"}},
	{"Last Modified: Sun, 01 Sep 2013 14:02:11 GMT", []string{"Sun, 01 Sep 2013 14:02:11 GMT|Date|date=2013-09-01 wd=Sunday clock=14:02 zone=GMT"}},

	// Not times.
	{"A 13-year-old girl, aged 33 days, was hurt.", nil},
	{"Some 2,500 forces and 52 killed in the raid.", nil},
	{"He paid $2013 in fines and 2000 people marched.", nil},
	{"Call (765) 456-7107 with tips.", nil},
	{"The house at 5126 Clinton Drive burned.", nil},
	{"Shots in the 1100-block of Main and 12-hour shifts.", nil},
	{"He lived at 2000 Main Street for years.", nil},
	{"Police may charge him soon.", nil},
	{"A protest march blocked the road.", nil},
	{"The Sun reported the toll.", nil},
	{"Fall protection was missing; prices fall.", nil},
	{"April Smith and June Carter spoke to reporters.", nil},
	{"Witnesses said April Smith ran.", nil},
	{"The shot was fired by April Smith.", nil},
	{"March organisers said the route changed.", nil},
	{"MAY POLICE CHARGE HIM", nil},
	{"The 9/11 attacks were recalled, open 24/7.", nil},
	{"Only a.m. and p.m. shifts exist.", nil},
	{"They sought the fall of Mosul.", nil},
	{"The Arab Spring spread.", nil},
	{"Bloody Sunday is remembered.", nil},
	{"The Sunday Times ran the story.", nil},
	{"USA Today reported it.", nil},
	{"He spoke to 3 members, 4.5 percent and 1990s fans.", nil},
	{"Between 2000 and 3000 people fled.", nil},
	{"The war in 2000 killed and 500 wounded were counted.", nil},
	{"Of the 2015 respondents, 40 percent agreed; shares hit 1999.5.", nil},
	{"The vote was 217-212; the ratio 3:1; Proverbs 3:15 was read.", nil},
	{"Police seized 2000 rounds and 1500 kg of explosives.", nil},
	{"May God rest their souls. March on, the crowd chanted.", nil},
	{"He had a spring in his step. The Winter Palace and Summer Street closed.", nil},
	{"Commander Jan Kowalski and General August Hahn met.", nil},
	{"The 3rd Battalion and 101st Airborne went to the 2nd district.", nil},
	{"Gate 2 opened at 2, and at 3 the crowd entered.", nil},
	{"From 1900 to 2000 people fled.", nil},
	{"The toll over the last year rose; in the past week too.", nil},
	{"Version 1.2.3 and score 3-1.", nil},
	{"The 1990s were violent.", nil},
	{"Mark Martin, 34, and Jan Egeland spoke.", nil},
	{"He ran a mile in 4.45 minutes.", nil},
	{"He was 2013th in line.", nil},
	{"The Good Friday Agreement held; Christmas Island is remote.", nil},
	{"On Monday Night Football, players knelt.", nil},
	{"Call for help at 3 Wednesday Place.", nil},
	{"The March 14 Alliance and the April 6 Youth Movement met.", nil},
	{"The Dow fell 2.5 percent to 2013.45 points.", nil},
	{"Flight 2013 landed; Route 2000 closed; 2016 employees and 2015 vehicles.", nil},
	{"Members of the 2,000-strong force and the 2.5 pm rate.", nil},
	{"May Lin, 23, and Summer Jones were charged; a Mr. March spoke.", nil},
	{"Sun Yat-sen Avenue was closed. Sat nav data showed it.", nil},
	{"Call 911 or 1-800-273-8255.", nil},
	{"Table 3.1 and section 2.14.3 list the data.", nil},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		var got []string
		for _, e := range timex.Find(tt.text) {
			got = append(got, show(tt.text, e))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Find(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}

func TestFindSpaces(t *testing.T) {
	// U+00A0 and other odd spaces are spaces; spans still cover them.
	text := "Troops struck early\u00a0Sunday, Sept.\u00a01,\u00a02013 at 4\u202f:45 a.m."
	got := timex.Find(text)
	if len(got) == 0 {
		t.Fatalf("Find(%q) found nothing", text)
	}
	if s := got[0].Span.Of(text); s != "early\u00a0Sunday, Sept.\u00a01,\u00a02013" {
		t.Errorf("span = %q", s)
	}
	if got[0].Date != timexDate(2013, 9, 1) || !got[0].HasWeekday {
		t.Errorf("expr = %s", describe(got[0]))
	}
}

func TestFindInvalidUTF8(t *testing.T) {
	text := "On \xff\xfe Sunday\xc3 at 5 a.m.\xe2\x80 in 2013\x80"
	for _, e := range timex.Find(text) {
		if !e.Span.Valid(len(text)) || e.Span.Len() == 0 {
			t.Errorf("bad span %v in %q", e.Span, text)
		}
	}
	if !utf8.ValidString(timex.Find("Sunday")[0].Text("Sunday")) {
		t.Error("span text is not valid UTF-8")
	}
}

func TestParseMonth(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"September", 9, true}, {"Sept.", 9, true}, {"Sep", 9, true}, {"apr.", 4, true},
		{"MAY", 5, true}, {"dec", 12, true}, {" Jan. ", 1, true}, {"Sunday", 0, false},
		{"", 0, false}, {"Septem", 0, false},
	}
	for _, tt := range tests {
		got, ok := timex.ParseMonth(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseMonth(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseWeekday(t *testing.T) {
	for in, want := range map[string]string{
		"Friday": "Friday", "Fri.": "Friday", "thurs": "Thursday", "TUES": "Tuesday", "sun": "Sunday",
	} {
		got, ok := timex.ParseWeekday(in)
		if !ok || got.String() != want {
			t.Errorf("ParseWeekday(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	if _, ok := timex.ParseWeekday("Fryday"); ok {
		t.Error("ParseWeekday(Fryday) = true")
	}
}

func TestKindText(t *testing.T) {
	for k := timex.Invalid; k <= timex.PartOfDay; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back timex.Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("Kind %d: %q read back as %d, %v", k, b, back, err)
		}
	}
	var k timex.Kind
	if err := k.UnmarshalText([]byte("Fortnight")); err == nil {
		t.Error("UnmarshalText(Fortnight) succeeded")
	}
}
