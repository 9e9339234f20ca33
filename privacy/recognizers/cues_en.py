"""The words around an English (or pinyin) name: titles, labels, roles and verbs that make a
run of capitalised words a name, and firm, street and place words that make it none
(constants only; privacy.recognizers.person_en judges with them)."""

from __future__ import annotations

import re

import regex

from privacy.recognizers.cues import ROLES

UPPER = r"\p{Lu}"
LOWER = r"\p{Ll}"
# Lower-case words between the parts of a name (van der Berg, bin Salman)
PARTICLES = frozenset({"van", "von", "de", "da", "der", "den", "del", "della", "di", "du",
                       "la", "le", "dos", "das", "bin", "binti", "al", "el", "ter", "ten",
                       "y", "mac", "st"})
TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady", "Lord",
    "Rev", "Reverend", "Fr", "Judge", "Justice", "Officer", "Sergeant", "Sgt", "Captain",
    "Capt", "Lieutenant", "Lt", "Colonel", "Col", "Major", "Detective", "Det", "Inspector",
    "Constable", "Councillor", "Cllr", "Councilman", "Councilwoman", "Senator", "Sen",
    "Representative", "Rep", "Governor", "Mayor", "Madam", "Mister", "Nurse", "Coach",
    "Ambassador", "Minister", "Principal",
})
# Words after a run that make it a company, a body or a place.
ORGANISATION_WORDS = frozenset({
    "Inc", "Ltd", "Llc", "LLC", "PLC", "Plc", "Group", "Corp", "Corporation", "Company", "Co",
    "Holdings", "Partners", "Associates", "Foundation", "Trust", "Bank", "University",
    "College", "School", "Academy", "Hospital", "Clinic", "Council", "Department", "Ministry",
    "Agency", "Office", "Library", "Museum", "Centre", "Center", "Church", "Club", "Society",
    "Institute", "Services", "Solutions", "Systems", "Technologies", "International",
    "Industries", "Enterprises", "Consulting", "Sons", "Brothers", "Limited", "Gallery",
    "Hotel", "Restaurant", "Cafe", "Bakery", "Market", "Store", "Shop", "Press", "Media",
    "News", "Airport", "Station", "Stadium", "Bridge", "River", "Valley", "Mountains",
    "Islands", "County", "City", "Town", "Village", "Ville", "District", "Province", "State",
    "Region", "Borough", "Parish", "Committee", "Commission", "Authority", "Board", "Court",
    "Police", "Project", "Programme", "Program", "Fund", "Award", "Prize", "Act", "Law",
    "Report", "Day", "Festival", "Party", "Team", "Union", "Association", "Federation",
})
# Places whose names are also people's (a lone one is a place unless a title or a label
# says otherwise): continents, and countries and states that are first names.
PLACE_NAMES = frozenset({
    "Africa", "America", "Asia", "Europe", "Oceania", "Antarctica", "Australia", "Georgia",
    "Jordan", "Chad", "India", "Israel", "Kenya", "Victoria", "Virginia", "Carolina",
    "Florida", "Dakota", "Montana", "Nevada", "Alabama", "Lincoln", "Columbia", "Bolivia",
    "Argentina", "Brazil", "Chile", "Ireland", "Jamaica", "Paris", "London", "Sydney",
    "Florence", "Adelaide", "Charlotte", "Austin", "Orlando", "Phoenix", "Houston", "Dallas",
    "Denver", "Jackson", "Madison", "Savannah", "Aurora", "Regina", "Lima", "Sofia", "Roma",
    "Vienna", "Geneva", "Hamilton", "Wellington", "Kingston", "Nairobi", "Beijing", "Tokyo",
})
# Street types no one has for a surname, which end a street's name even after a full name
# (Jordan Street, Victoria Road; not Lane, Mills or Park: Lois Lane, Phillip Mills, Jessica Park).
STREET_TYPES = frozenset({"Street", "Road", "Avenue", "Boulevard", "Square", "Terrace",
                          "Crescent", "Highway", "Parkway", "Drive"})
# Words before a run (in one token) that make it a place: West Jerry, Port Shirley.
PLACE_LEAD = frozenset({"North", "South", "East", "West", "New", "Lake", "Port", "Mount",
                        "Fort", "Saint", "Upper", "Lower", "Great", "Little", "Old", "Glen",
                        "Point", "Cape"})
PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|into|across|around|outside|inside|toward|towards|"
                          r"visit|visited|visiting|via|(?:train|flight|bus|trip|journey|"
                          r"move|moved|moving|went|go|going|travel|travell?ed|drove|"
                          r"returned|relocated|back)[ ]+to)[ ]+)$")
# Titles followed by a full stop (Mr. Smith) or not (Dr Jane Doe)
TITLE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?[ ]+$"
)
# Labels and greetings: whatever capitalised words follow are a name.
STRONG_BEFORE = re.compile(
    r"(?i:\b(?:(?:full[ _]?|first[ _]?|last[ _]?|given[ _]?|family[ _]?|sur|maiden[ _]?|"
    r"user[ _]?|nick)?name(?:[ _]of[ _][a-z]+)?|my[ ]name[ ]is|name[ ]is|i[ ]am|i'm|i’m|"
    r"this[ ]is|call[ ]me|named|dear|hi|hello|hey|greetings|thanks|thank[ ]you|"
    r"good[ ](?:morning|afternoon|evening)|made[ ]by|passed[ ]to|written[ ]by|sent[ ]by|"
    r"regards|sincerely|cheers|best|best[ ]wishes|kind[ ]regards|yours(?:[ ]truly)?|"
    r"signed(?:[ ]by)?|signature|applicant|claimant|(?:account[ ])?holder|patient|employee|"
    r"tenant|landlord|witness|complainant|requester|requestor|present|attendees?|"
    r"apologies[ ]from|contact(?:[ ]person)?|user|customer|client|student|scholar|"
    r"colleague|neighbou?r|friend|wife|husband|son|daughter|mother|father|brother|sister|"
    r"partner|manager|officer|caseworker|case[ ]officer|driver|author|reporter|owner|"
    r"resident|member|chair(?:man|woman|person)?|secretary|treasurer|director|supervisor|"
    r"spouse|guardian|beneficiary|recipient|sender|(?:from|to|cc|bcc|attn)(?=[ ]?[:：])|"
    r"attention|prepared[ ]by|"
    r"submitted[ ]by|approved[ ]by|reviewed[ ]by|requested[ ]by|filed[ ]by|lodged[ ]by|"
    r"handled[ ]by|assigned[ ]to|forwarded[ ]to|referred[ ]to|addressed[ ]to|spoke[ ]with|"
    r"met[ ]with|talked[ ]to|talked[ ]with|on[ ]behalf[ ]of|legal[ ]representative)"
    r"[ ]?[:：,\-]?[ \n]*)$"
)
# Weaker cues: with a known name in the run, a name.
WEAK_BEFORE = re.compile(
    r"(?i:\b(?:by|with|and|or|per|for|from|to|of|about|visited|called|joined|help|helped|"
    r"according[ ]to)[ ]+)$"
)
# Verbs whose object is a person: whatever capitalised words follow are a name.
PERSON_VERB_BEFORE = re.compile(
    r"(?i:\b(?:met|meet|meets|meeting|ask|asked|asking|remind|reminded|copied|cc'd|told|"
    r"tell|thank|thanked|married|accompanied|invited|emailed|phoned|contacted|hired|"
    r"interviewed|introduced|congratulate|congratulated|i,|claim[ ]for|file[ ]of|case[ ]of|"
    r"spoke[ ]to|talked[ ]to|let|letting|paid|pay|owe|owes|owed|"
    r"as[ ]told[ ]to)[ ]+)$"
)
# After a run: a phone number or an e-mail address (a contact list's line)
CONTACT_AFTER = re.compile(r"^[ ]*[-|,:–][ ]*(?:[+(0-9]|[\w.+-]+@)")
VERB_AFTER = re.compile(
    r"^(?:[ ]+(?:said|says|told|asked|wrote|writes|replied|added|explained|noted|called|"
    r"emailed|phoned|met|joined|moved|grew|was|is|has|had|will|would|can|could|lives|lived|"
    r"works|worked|went|came|left|arrived|signed|submitted|filed|reported|complained|"
    r"received|paid|applied|visited|became|started|opened|wants|wanted|thinks|thought|"
    r"and[ ]I|who)\b|['’]s\b)"
)
# Verbs after a lone unknown word that make it a person (not "Buses will divert").
PERSON_VERB_AFTER = re.compile(
    r"^[ ]+(?:said|told|asked|wrote|replied|explained|moved|grew[ ]up|was[ ]born|met|"
    r"married|lives|lived|works|worked|joined|studied|graduated|retired|died|smiled|"
    r"laughed|complained|called|emailed|phoned"
    # … or who they live with (Lisa and her husband Mark)
    r"|and[ ]+(?:her|his|their)[ ]+(?:husband|wife|partner|son|daughter|children|mother|"
    r"father|sister|brother|parents))\b"
)
CJK_ROLE = re.compile("(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) +
                      r"|外籍人员|来访人员|人员|学生|教师|专家|同志|先生|女士)[：:]?[ ]?$")
CJK = re.compile(r"[\u4e00-\u9fff]$")
NUMBER_BEFORE = re.compile(r"[0-9][A-Z]{0,2}[ ,]{1,3}$")
FOLLOWING = regex.compile(rf"[ ,&]+(?:and[ ]+)?({UPPER}{LOWER}+)")
FIRM_AFTER = re.compile(r"[ ]+(?:PLC|LLC|LLP|LTD|INC|CORP|GmbH|AG|SA|NV|BV|AB|AS|Pty|"
                        r"S\.A\.|N\.V\.|B\.V\.)\b")
FIRM_GAP = re.compile(r",[ ]|,?[ ]and[ ]|[ ]&[ ]")
LIST_GAP = re.compile(r",[ ]|,?[ ]and[ ]|[ ]&[ ]|;[ ]|,[ ](?:and[ ])?(?:" +
                      "|".join(sorted(TITLES)) + r")\.?[ ]")
# Capitalised words that open a run but are no part of a name.
LEADS = frozenset({"Dear", "Hi", "Hello", "Hey", "Greetings", "Thanks", "Regards", "Cheers",
                   "Sincerely", "Best", "Yours", "Applicant", "Claimant", "Contact", "Name",
                   "Present", "Attn", "Attention", "From", "To", "Cc", "Signed", "Witness",
                   "Patient", "Tenant", "Holder", "User", "Client", "Customer", "Caseworker",
                   "Our", "My", "His", "Her", "Their", "The", "A", "An", "This", "That",
                   "Visiting", "Exchange", "Student", "Colleague", "Neighbour", "Neighbor"})
LABEL_AFTER = re.compile(r"[ ]*[:：]")  # matched at the run's end

