/*
 * Customer status updates checked against the process: they say what is
 * broken, what is being done and what customers can do, and they give no
 * explicit ETA, presume no root cause and shift no blame.
 *
 * The text is cut into tokens (words and numbers, with 17:00, 1.5 and
 * 1,000 kept whole). A rule is a list of small patterns over tokens,
 * written as space-separated elements:
 *
 *   word|other     one of these words, case-insensitive (ASCII);
 *                  a_b is two words in a row, wor* a prefix
 *   <class>        one of the patterns of a class below
 *   <digits> ...   a token of that shape: see token_is()
 *   <Cap>          a word that starts with a capital letter (accented too)
 *   <Name>         the same, not the first word of its sentence
 *   *              any one token
 *   ~N             up to N tokens skipped
 *   !word|other    the next token is none of these (it takes nothing)
 *   $              no token follows in the phrase: punctuation or the
 *                  text's end comes next (it takes nothing)
 *   X?             the element X may be left out
 *   word|other:    one of these words, a colon after it ("Cause: ...")
 *
 * The tokens a pattern takes follow each other with only white space, or
 * a hyphen or apostrophe inside a word, between them: never across other
 * punctuation. Matching backtracks and keeps the longest match.
 *
 * The patterns are compiled once (compile()) and indexed by the words
 * they can start at (make_index()): a pattern is only tried where it can
 * start, a class only where it can start, and where a class's matches
 * end at a token is found once a token (class_ends()), so linting is
 * about linear in the text (bench/lint.sh: 64 KiB in a few
 * milliseconds). Every rule runs through the one matcher, match().
 */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <strings.h>

#include "internal.h"

enum rule {
	RULE_ETA = INC_LINT_ETA, RULE_CAUSE = INC_LINT_CAUSE,
	RULE_BLAME = INC_LINT_BLAME, RULE_BROKEN = INC_LINT_IMPACT,
	RULE_DOING = INC_LINT_ACTION, RULE_WORKAROUND = INC_LINT_WORKAROUND,
	RULE_NEXT = INC_LINT_NEXT, RULE_DATA = INC_LINT_DATA,
	RULE_RESTORED = INC_LINT_RESTORED, RULE_INTERNAL = INC_LINT_INTERNAL,
	RULE_REPEAT = INC_LINT_REPEAT,
	RULES = INC_LINT_RULES
};

/*
 * The rules by their stable names (inc-status(1)), what each refuses or
 * advises by default, and the better way. The first three are what an
 * update SHOULD NOT do and refuse it; the others are what it SHOULD do
 * and only advise.
 */
static const struct {
	const char *name;
	enum inc_lint_mode mode;
	const char *better;
} rules[RULES] = {
	{"eta", INC_LINT_REFUSE, "say what is being done and when the next "
	    "update will come, not when it will be fixed"},
	{"cause", INC_LINT_REFUSE, "say what is broken and what is being done; "
	    "name the cause once the incident is resolved"},
	{"blame", INC_LINT_REFUSE, "own the problem and say what we are doing "
	    "about it, not whose fault it is"},
	{"impact", INC_LINT_ADVISE, "say what customers see and how widely "
	    "(errors, timeouts, slowness, what is unavailable)"},
	{"action", INC_LINT_ADVISE, "say what we are doing about it "
	    "(investigating, rolling back, monitoring)"},
	{"workaround", INC_LINT_ADVISE, "say what customers can do in the "
	    "meantime, or plainly that there is no workaround yet"},
	{"next-update", INC_LINT_ADVISE, "say when the next update will come "
	    "(\"next update in 30 minutes\")"},
	{"data-loss", INC_LINT_ADVISE, "say whether any data was lost"},
	{"restored", INC_LINT_ADVISE, "say that service is fully restored"},
	{"internal", INC_LINT_ADVISE, "leave out internal host names, "
	    "addresses, ticket ids and code names"},
	{"repeat", INC_LINT_ADVISE, "say what changed since the previous "
	    "update, or that nothing has"},
};

/* What a pattern is for. */
enum {
	HIT = 0,     /* a finding */
	EXTEND = 1,  /* widens an adjoining finding of its rule, never alone */
	EXCEPT = 2,  /* a finding that starts inside this is no finding */
	PRESENT = 3, /* the rule is met when this is anywhere */
	KIND = 3,
	PAST = 4,    /* not a finding in a sentence told in the past */
	UPDATE = 8   /* not a finding about the next update or a report */
};

struct pattern {
	enum rule rule;
	int flags;
	const char *text;
};

struct token {
	size_t start, end;   /* bytes of the text */
	unsigned joined : 1; /* only white space, or a hyphen or apostrophe
	                        inside a word, since the token before */
	unsigned sentence : 1; /* a sentence or paragraph starts here */
};

struct span {
	size_t start, end;  /* bytes */
	size_t first, last; /* tokens */
	enum rule rule;
	int extend;         /* found by an EXTEND pattern */
};

/* a word of the index (see make_index()) */
#define MAX_ELEMS 4096
struct entry {
	char *word;
	unsigned flags;
	unsigned char in[MAX_ELEMS / 8]; /* the elements it is one word of */
	unsigned short *ids; /* ascending */
	size_t n, cap;
	unsigned short *starts[3]; /* ids, any_start, digit_start or */
	size_t nstarts[3];         /* cap_start: see merge_starts() */
	size_t len;
	struct entry *next;
};

struct lint {
	const char *text;
	struct token *tok;
	size_t ntok, tokcap;
	struct span *hit;
	size_t nhit, hitcap;
	/* per token, once tokenized (see prepare()) */
	const struct entry **word; /* its word in the index, or NULL */
	size_t *sent;              /* the first token of its sentence */
	unsigned char *tense;      /* W_FUTURE, W_PAST: its sentence's */
	unsigned char *shape;      /* SHAPE_DIGITS and the like: its own */
	struct memo *memo;         /* MEMO_SLOTS of them */
	const unsigned short **cand; /* the patterns that can start here: */
	size_t *ncand;             /* see candidates() */
};

/* What a word is, for the checks around a match (see prepare()). */
enum { W_RES = 1, W_UPDATE = 2, W_FUTURE = 4, W_PAST = 8, W_COND = 16 };

/*
 * Capitalised words that name no company (see the class name): who we
 * are, what a sentence starts with, days, months, zones, and the words of
 * our own teams and products.
 */
#define NOT_NAMES "i|we|our|us|you|your|they|their|it|its|this|that|these|" \
    "those|there|here|the|a|an|all|some|any|no|not|if|when|while|as|at|in|" \
    "on|for|from|to|by|with|after|before|since|during|and|or|but|so|now|" \
    "then|also|still|update|updates|updated|resolved|monitoring|identified|" \
    "investigating|scheduled|completed|utc|gmt|et|pt|pst|pdt|est|edt|cet|" \
    "cest|bst|ist|monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
    "january|february|march|april|may|june|july|august|september|october|" \
    "november|december|today|tomorrow|yesterday|tonight|please|customers|" \
    "customer|users|user|support|engineering|engineers|engineer|operations|" \
    "ops|devops|sre|noc|it|infrastructure|security|platform|product|" \
    "products|team|teams|service|services|network|networks|api|apis|dns|" \
    "cdn|ssl|tls|sms|vpn|email|emails|mail|web|website|app|apps|dashboard|" \
    "dashboards|console|status|incident|outage|outages|issue|issues|" \
    "problem|problems|impact|root|cause|note|next|current|many|most|both|" \
    "each|every|one|two|what|who|how|why|where|which|us|eu|uk|apac|emea|" \
    "na|latam|everyone|everything|nothing|tier|level|data|database|" \
    "server|servers|system|systems|services|core|cloud|region|zone|" \
    "availability|internet|power|fibre|fiber|upstream|main|primary|" \
    "secondary|north|south|east|west|central|rfo|eta|etr|faq|id|url|http|" \
    "https|www|html|json|ip|ipv4|ipv6|tcp|udp|bgp|cpu|ram|ssd|hdd|os|" \
    "linux|windows|ios|android|mac|chrome|firefox|safari|edge|java|python|" \
    "first|second|third|last|initial|early|earlier|later|recent|more|new|" \
    "further|other|additional|few|media|press|news|let"

/* Classes: each is any one of its patterns. */
#define CLASS(name, ...) {name, (const char *const[]){__VA_ARGS__, NULL}}

static const struct {
	const char *name;
	const char *const *alts;
} classes[] = {
	/* durations: "30 minutes", "a few hours", "the next hour", "2h" */
	CLASS("qual", "about|around|approximately|approx|roughly|maybe|perhaps|"
	    "possibly|likely|under|over|another|just|only|less_than|more_than|"
	    "no_more_than|not_more_than|at_most|up_to|at_least|a_further|"
	    "an_additional|an_estimated|estimated|the_next|the_coming|next|"
	    "coming|a_few_more|several_more|half|the_following|maximum|max|"
	    "maximum_of|a_maximum_of|minimum|a_minimum_of"),
	CLASS("numword", "<digits>",
	    "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
	    "twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|few|several|"
	    "couple|couple_of|a_few|a_couple|a_couple_of|a_matter_of|"
	    "a_handful_of|a_number_of"),
	CLASS("num", "<numword> to|or|and? <numword>?"),
	CLASS("unit", "minute|minutes|min|mins|hour|hours|hr|hrs|day|days|week|"
	    "weeks|moment|moments|business_day|business_days|working_day|"
	    "working_days|business_hours"),
	CLASS("dur",
	    "<qual>? <qual>? <num> <unit> and_a_half?",
	    "<qual>? <qual>? <numword> and_a_half <unit>",
	    "<qual>? <qual>? hour|day and_a_half",
	    "<qual>? <qual>? half_an_hour|half_a_day",
	    "<qual>? <qual>? an_hour_and_a_half|a_day_and_a_half",
	    "<qual>? <qual>? <numunit>",
	    "<qual>? <qual>? hour|day|week|minutes|hours|days|weeks|moments",
	    "no_time|no_time_at_all",
	    "the hour|day|week"),
	/* points in time: "17:00 UTC", "5 pm", "noon", "tomorrow morning" */
	CLASS("zone", "utc|gmt|z|pst|pdt|pt|est|edt|et|cst|cdt|ct|mst|mdt|mt|"
	    "cet|cest|bst|ist|jst|kst|aest|aedt|sgt|hkt|wet|eet|eest|msk|"
	    "local_time|your_local_time|your_time|pacific|eastern|central|"
	    "mountain|pacific_time|eastern_time|central_time|mountain_time"),
	CLASS("clock",
	    "<clocktok> am|pm? <zone>?",
	    "<hour12> am|pm|o_clock <zone>?",
	    "noon|midday|midnight <zone>?"),
	/* dates: "13th Nov", "2nd of November", "November 13" (not "may") */
	CLASS("month", "january|february|march|april|june|july|august|"
	    "september|october|november|december|jan|feb|apr|jun|jul|aug|sep|"
	    "sept|oct|nov|dec"),
	CLASS("date", "<ordinal> of? <month>", "<month> <ordinal>",
	    "<month> <digits>", "the <ordinal>"),
	CLASS("day",
	    "today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|"
	    "saturday|sunday morning|afternoon|evening|night|noon?",
	    "this|next|coming monday|tuesday|wednesday|thursday|friday|"
	    "saturday|sunday",
	    "<date>",
	    "this|tomorrow|next? morning|afternoon|evening|weekend|week|month",
	    "the? end|close|start|beginning of the? business? "
	    "day|week|month|business",
	    "eod|cob|eow|eob|eom|lunch|lunchtime|the_weekend|the_morning|"
	    "the_afternoon|the_evening"),
	CLASS("when", "<clock>", "<day> at|around? <clock>?",
	    "about|around|approximately|approx|roughly|circa <clock> <day>?"),
	CLASS("later", "<when>", "sometime? next|this week|month|weekend"),
	CLASS("time", "<dur>", "<when>"),
	/* how a fix is promised: "back up", "fully restored" */
	CLASS("res", "resolved|fixed|restored|back|up|online|available|"
	    "operational|recovered|normal|running|working|complete|completed|"
	    "deployed|live|done|finished|rolled_out|in_place|to_normal|"
	    "up_and_running|fully|functional|stable|healthy|repaired|"
	    "mitigated"),
	CLASS("soonres", "resolved|fixed|restored|recovered|back|online|out|"
	    "available|operational|normal|live|deployed|complete|completed|fix|"
	    "resolution|recovery|restoration|resolve|restore|recover|repaired|"
	    "mitigated|functional|stable|healthy|normalize|normalise|"
	    "normalized|"
	    "normalised|resume|resumed|resuming|stabilize|stabilise|stabilized|"
	    "stabilised|solve|solved|sorted|sorted_out"),
	/* who could be blamed */
	CLASS("vendor", "aws|amazon|amazon_web_services|cloudfront|cloudflare|"
	    "akamai|fastly|azure|microsoft|google|google_cloud|gcp|"
	    "digitalocean|"
	    "digital_ocean|linode|hetzner|ovh|ovhcloud|oracle|ibm|heroku|"
	    "github|"
	    "gitlab|bitbucket|atlassian|stripe|twilio|sendgrid|mailgun|"
	    "mailchimp|"
	    "postmark|okta|auth0|datadog|pagerduty|salesforce|equinix|vercel|"
	    "netlify|supabase|firebase|cloudinary|algolia|shopify|paypal|"
	    "braintree|adyen|plaid|verizon|comcast|lumen|cogent|zayo|telia|ntt|"
	    "vodafone|level_3|level3|hurricane_electric|godaddy|namecheap|ns1|"
	    "dyn|ultradns|route_53|route53|imperva|incapsula|sucuri|rackspace|"
	    "softlayer|scaleway|vultr|backblaze|snowflake|confluent|fly_io|"
	    "pingdom|quay_io|docker_hub|npm|pypi|apple|meta|facebook|"
	    "whatsapp|slack|zoom|openai|anthropic|vonage|syniverse|"
	    "bandwidth_com|"
	    "discord|twitch|charter|centurylink|frontier|windstream|"
	    "openreach|telstra|optus|entanet|cityfibre|telehouse|virgin_media|"
	    /* hosting and cloud */
	    "hostgator|bluehost|dreamhost|siteground|hostinger|ionos|1and1|"
	    "leaseweb|contabo|upcloud|kinsta|wp_engine|wpengine|pantheon|"
	    "cloudways|liquid_web|a2_hosting|inmotion|godaddy|alibaba_cloud|"
	    "aliyun|tencent_cloud|exoscale|wasabi|mongodb_atlas|redis_labs|"
	    "aiven|planetscale|elastic_cloud|render_com|railway_app|"
	    /* CDN and DNS */
	    "bunnycdn|bunny_net|stackpath|limelight|edgio|keycdn|jsdelivr|"
	    "dnsimple|dnsmadeeasy|dns_made_easy|easydns|zerigo|opendns|quad9|"
	    "verisign|network_solutions|gandi|porkbun|tucows|enom|"
	    /* carriers and ISPs */
	    "att|t_mobile|tmobile|deutsche_telekom|telekom|swisscom|"
	    "kpn|telefonica|movistar|mtn|airtel|singtel|kddi|softbank|pccw|"
	    "tata_communications|gtt|arelion|he_net|talktalk|plusnet|bt|"
	    "rogers|telus|bell_canada|starlink|viasat|hughesnet|inteliquent|"
	    "sinch|messagebird|plivo|nexmo|telnyx|ringcentral|five9|xfinity|"
	    /* payment */
	    "worldpay|authorize_net|checkout_com|klarna|mollie|razorpay|"
	    "paystack|flutterwave|fiserv|global_payments|elavon|first_data|"
	    /* e-mail and SaaS */
	    "mailjet|sparkpost|amazon_ses|mandrill|sendinblue|brevo|zoho|"
	    "office_365|office365|microsoft_365|m365|"
	    "exchange_online|instructure|zendesk|intercom|hubspot|"
	    "freshdesk|dropbox|circleci|travis_ci|"
	    "onelogin|crowdstrike|zscaler|youtube|reddit|"
	    "twitter|xbox_live|playstation_network|epic_games|"
	    "telegram|"
	    /* power utilities */
	    "pg_e|pge|con_edison|coned|duke_energy|dominion_energy|"
	    "dominion_power|national_grid|eversource|xcel_energy"),
	CLASS("product", "s3|ec2|rds|lambda|sqs|sns|dynamodb|elb|alb|nlb|ebs|"
	    "efs|eks|ecs|fargate|kinesis|aurora|workers|r2|gcs|gke|bigquery|"
	    "pubsub|spanner|cosmos|blob|api|apis|dns|cdn|network|region|"
	    "regions|datacenter|data_center|services|service|infrastructure|"
	    "cloud|platform|edge|servers|backbone|support|support_team"),
	CLASS("kind", "upstream|up_stream|downstream|down_stream|third|party|"
	    "external|cloud|hosting|file|files|billing|video|streaming|"
	    "analytics|search|maps|push|notification|notifications|sso|"
	    "dns|cdn|caching|cache|"
	    "network|networking|payment|payments|email|mail|sms|telecom|telco|"
	    "transit|infrastructure|datacenter|data_center|colocation|colo|"
	    "bandwidth|internet|service|software|database|storage|identity|"
	    "auth|"
	    "authentication|messaging|monitoring|logging|security|backup|"
	    "managed|"
	    "hardware|fiber|power|platform|saas|api|server|certificate|ddos|"
	    "voice|telephony|connectivity|carrier|3rd|party|service|services|"
	    "facility|premises|datacentre|data_centre|fibre|backhaul|circuit|"
	    "line|mains|electricity|utility|local|regional|isp|defense|defence|"
	    "protection|mitigation|scrubbing|backbone|dedicated|processing|"
	    "colocation_facility|hosting_facility|vps|web|ups|hvac|static_site|"
	    "host|banking|bank|current|usual|major|hosted|data|electric|energy|"
	    "gas|"
	    "water|phone|telephone"),
	/* a third party, named by what it is */
	CLASS("third", "a|an|our|the|one_of_our upstream|up_stream|external "
	    "<kind>? <kind>? service|services|dependency|dependencies|system|"
	    "systems|api|apis|provider|providers|vendor|vendors|platform",
	    "a|an|our|one_of_our|one_of_the|one_of_its|their|the|"
	    "another? 3rd|third party|parties <kind>? <kind>? service|services|"
	    "dependency|dependencies|system|systems|provider|providers|vendor|"
	    "vendors|api|apis|partner|partners|supplier|suppliers|platform|"
	    "network|networks|tool|tools|library|libraries|component|"
	    "components|integration|integrations|plugin|plugins"),
	CLASS("provider",
	    "our|my|the|a|an|one_of_our|one_of_my|one_of_the|another|their|"
	    "one_of_its|this|that|these|those|several|multiple|some|both|all|"
	    "two|many|various? "
	    "<kind>? <kind>? <kind>? provider|providers|vendor|vendors|"
	    "supplier|"
	    "suppliers|partner|partners|hoster|isp|isps|carrier|carriers|"
	    "upstreams|csp|csps|webhost|webhosts|webhoster",
	    "our|my|the|a|an|their? <kind> company|companies|provider|"
	    "providers|board|boards|"
	    "supplier|suppliers|facility|facilities|"
	    "processor|processors",
	    /* a power or water utility, not a software one */
	    "our|my|the|a|an|their electric|electrical|electricity|power|"
	    "energy|gas|water|local|regional|public? utility|utilities",
	    "electric|electrical|electricity|power|energy|gas|water "
	    "utility|utilities",
	    "our|my|the|their|a|an? web|vps|static_site|site|cloud|shared|"
	    "hosting|"
	    "email|mail|data host|hosts|hoster",
	    "our_host|their_host|my_host|my_hoster|my_hosting|our_hoster|"
	    "our_landlord|the_landlord|"
	    "premises_manager|the_premises_manager|facility_manager|"
	    "the_facility_manager",
	    "the|a|an|one ~2 i_m|we_re|i_am|we_are|we|i dependent_on|"
	    "reliant_on|depend_on|rely_on|depended_on|relied_on",
	    "the|a|our|my company|companies|firm|people|folks that|which|who "
	    "host|hosts|hosted|runs|provides|manages|operates"),
	/* someone else doing the damage */
	CLASS("outsider",
	    "a|an|the|another|some|local? 3rd|third party|parties",
	    "a|an|the|another|some? unrelated|external|outside|independent "
	    "3rd|third? party|parties|company|contractor|contractors|firm",
	    "another_company|another_firm|a_different_company",
	    "a|an|the|another|some|local? 3rd|third? party|parties? road_works|"
	    "roadworks|construction_works|construction_work|building_works|"
	    "civil_works|construction|excavation|excavations|digging|works|"
	    "contractor|contractors|excavator|excavators|digger|diggers|"
	    "vandals|"
	    "thieves|builders|construction_crew|construction_workers|"
	    "vehicle_collision|vehicle_accident|car_accident|car_crash|"
	    "traffic_accident|vehicle|car|truck|lorry|motorist|drunk_driver|"
	    "electrician|electricians|landlord|tower_crew|tower_crews|"
	    "utility_crew|utility_crews|line_crew|line_crews|lineman|linemen",
	    "the|a|an|our|their tower|grid|site|building|mast|telecom|"
	    "telecoms operator|operators|owner|owners|management|manager",
	    "the|a|an|our|their building electricians|electrician|managers|"
	    "staff|security|maintenance",
	    "the|local? fire_department|fire_service|fire_brigade|fire_marshal|"
	    "firefighters|fire_crews|police|authorities"),
	/* a supplier, by its name or by what it is */
	CLASS("supplier", "<vendor>", "<provider>"),
	/* a name: a vendor's, or a capitalised word that names no one */
	CLASS("name", "<vendor>", "!" NOT_NAMES " <Name>"),
	CLASS("capname", "<vendor>", "!" NOT_NAMES " <Cap>"),
	/* someone else: a supplier, a third party, a named company */
	CLASS("ext", "<provider>", "<third>", "<outsider>", "<vendor>"),
	CLASS("extname", "<ext>", "<name>"),
	CLASS("extcap", "<ext>", "<capname>"),
	/* someone else, or "they" */
	CLASS("others", "they", "<ext>"),
	CLASS("padj", "junior|new|senior|single|on_call|oncall|individual|"
	    "rogue|careless|inexperienced|external|third_party|contract|"
	    "overworked|tired|former"),
	CLASS("person",
	    "a|an|one|the|another|that|this|a_single <padj>? engineer|"
	    "developer|"
	    "dev|employee|operator|administrator|admin|sysadmin|contractor|"
	    "intern|technician|staffer|staff_member|team_member|dba|colleague|"
	    "worker|individual|person|sre|programmer|coder|consultant|new_hire",
	    "one_of_our|one_of_the|a_member_of_our|a_member_of_the|"
	    "one_of_their <padj>? engineers|developers|"
	    "employees|operators|administrators|admins|contractors|interns|"
	    "technicians|staff|team_members|dbas|colleagues|sres|consultants",
	    "someone|somebody|an_individual|a_person"),
	CLASS("team", "the|another|a|our|a_different|an_internal|a_partner|"
	    "one_of_our|one_of_the|their *? *? team|teams|department|squad|"
	    "org"),
	CLASS("customer", "a|an|one|another|the|one_of_our|a_single|a_specific|"
	    "a_particular|certain|some? large|single|specific|particular|"
	    "misbehaving|malicious|abusive|rogue|free|trial|enterprise|"
	    "fraudulent|compromised? "
	    "customer|customers|user|users|tenant|tenants|client|clients"),
	CLASS("actor", "<vendor>", "<provider>", "<third>", "<person>",
	    "<team>"),
	/* what an actor is blamed for */
	CLASS("mistake", "mistakenly|accidentally|inadvertently|erroneously|"
	    "incorrectly|wrongly|carelessly|unintentionally|negligently|"
	    "mistakingly|improperly|recklessly|accidently|accidentaly"),
	CLASS("bad", "pushed|deployed|shipped|ran|executed|applied|made|"
	    "introduced|rolled_out|released|merged|committed|sent|published|"
	    "issued|propagated|configured a|an|the|some? bad|faulty|broken|"
	    "buggy|"
	    "incorrect|wrong|untested|erroneous|mistaken|invalid|malformed|"
	    "defective|flawed|botched"),
	CLASS("vfault", "<mistake>", "<bad>", "had|has|have <mistake>",
	    "currently|also|now|still|again|itself|themselves|reportedly|"
	    "apparently|unexpectedly|suddenly? failed|failing|fails|broke|"
	    "crashed|went_down|goes_down|went_offline|caused|causes|causing|"
	    "ran_into|run_into|runs_into|running_into|"
	    "triggered|triggers|suffered|suffers|experienced|experiences|"
	    "misconfigured|dropped|lost|overloaded|let_us_down|messed_up|"
	    "had_experienced|has_experienced|have_experienced|had_suffered|"
	    "has_suffered|have_suffered|"
	    "screwed_up|botched|dropped_the_ball|failed_to|did_not|didn_t|"
	    "encountered|began_experiencing|started_experiencing|"
	    "began_having|started_having|experiencing|suffering_from",
	    "seems_to_have|appears_to_have|seem_to_have|may_have|might_have "
	    "had|experienced|suffered|encountered",
	    "is|are|was|were|has_been|have_been|had_been|s|seems_to_be|"
	    "appears_to_be currently|also|now|still|completely|partially|again|"
	    "partly|apparently|reportedly|itself|very|extremely? down|failing|"
	    "broken|slow|unwilling|unable|rate_limiting|throttling|blocking|"
	    "rejecting|unavailable|degraded|offline|responsible|at_fault|"
	    "to_blame|having|"
	    "experiencing|suffering|struggling|overloaded|misbehaving|"
	    "encountering|recovering|facing|"
	    "unreliable|unresponsive|the_cause|the_source|the_culprit|"
	    "the_problem|the_reason|the_root_cause|the_trigger|behind_this|"
	    "behind_the|dealing_with|investigating_an|investigating_a",
	    "has|have|had|is_having|are_having|is_experiencing|"
	    "are_experiencing|is_facing|are_facing|reported|reports|confirmed|"
	    "acknowledged|"
	    "has_reported|have_reported|has_confirmed|has_acknowledged|"
	    "has_declared|is_reporting|are_reporting "
	    "an|a|some|several|multiple|another? "
	    "major|significant|widespread|ongoing|"
	    "large|partial|regional|unexpected|catastrophic|serious|severe|"
	    "critical|complete|total|temporary|technical|hardware|network|"
	    "power? outage|outages|failure|"
	    "failures|"
	    "incident|incidents|issue|issues|problem|problems|bug|fault|"
	    "disruption|disruptions|degradation|misconfiguration|network_issue|"
	    "network_issues|network_problem|network_problems|network_outage|"
	    "meltdown|hiccup|glitch|breakdown"),
	CLASS("pfault", "<mistake>", "<bad>",
	    "also|then|later|just|again|apparently|had|has? misconfigured|"
	    "broke|"
	    "botched|messed_up|screwed_up|caused|triggered|made_a_mistake|"
	    "made_an_error|made_a_bad|made_a_wrong|made_an_incorrect|"
	    "dropped_the_ball|deleted|wiped|overwrote|truncated|dropped_a|"
	    "dropped_the|removed_the_wrong|failed_to|forgot_to|forgot|"
	    "neglected|"
	    "neglected_to|did_not|didn_t|let_us_down|misread|mistyped|"
	    "fat_fingered|skipped|ignored|bypassed",
	    "is|was|were|are responsible|at_fault|to_blame"),
	CLASS("cfault", "<mistake>", "overloaded|flooded|abused|misused|"
	    "misconfigured|spammed|hammered|ddosed|attacked|exceeded|broke|"
	    "caused|triggered|sent_a_flood|sent_too_many|sent_an_unusual|"
	    "sent_an_unexpected|sent_malformed|sent_invalid",
	    "is|was|are|were responsible|at_fault|to_blame"),
	CLASS("faultnoun", "outage|outages|failure|failures|fault|mistake|"
	    "mistakes|bug|bugs|misconfiguration|incident|negligence|downtime|"
	    "disruption|blunder|network_issue|network_issues|network_outage|"
	    "network_problems"),
	/* what a third party does that makes the problem theirs */
	/* (after up to two words: "is investigating", "has identified") */
	CLASS("owns", "continuing_to|continues_to|implemented|applied|deployed|"
	    "released|releasing|reverting|reverted|completed|"
	    "restarting|redirecting|rebooting|rerouting|replacing|repairing|"
	    "aware|began_to|started_to|begun|dispatched|sent_crews|"
	    "sent_a_technician|sent_technicians|sent_engineers|"
	    "declared|resolved|fixed|restored|rolled_back|investigating|"
	    "working|installed|identified|corrected|repaired|replaced|resolves|"
	    "fixes|restores|able_to|trying_to|attending|localising|localizing|"
	    "works|works_on|works_with|worked|worked_on"),
	/* the physical parts of a service that fail */
	CLASS("part", "card|cards|nic|disk|disks|drive|drives|switch|switches|"
	    "router|routers|controller|controllers|power_supply|psu|hypervisor|"
	    "host|hosts|node|nodes|server|servers|cable|cables|fibre|fiber|"
	    "link|links|firewall|load_balancer|array|memory|cpu|motherboard|"
	    "transformer|generator|ups|battery|batteries|subsystem|rack|racks|"
	    "hardware|psu|psus|linecard|linecards|line_card|filer|filers|"
	    "filesystem|file_system|cluster|san|storage_unit|storage_units|"
	    "box|vps|vm|machine|machines|database|databases|db"),
	/* what a guessed trouble is of: "a load issue", "a networking event" */
	CLASS("faultmod", "<faultkind>", "load|capacity|networking|bandwidth|"
	    "connectivity|certificate|ssl|hosting|traffic|infrastructure|"
	    "backend|hardware|filesystem|code|resource|resources|contention|"
	    "logic|coding|billing|streaming|"
	    "replication|locking|caching|cache|proxy|authentication|auth"),
	/* a part or a kind of fault: "a host problem", "a database issue" */
	CLASS("failing", "<part>", "<faultmod>"),
	/* what a guessed cause can be: "a equipment problem" */
	CLASS("faultkind", "equipment|hardware|power|network|dns|fibre|fiber|"
	    "cable|isp|provider|upstream|carrier|routing|software|"
	    "configuration|config|database|storage|disk|line|electrical|"
	    "regional|area|local|router|switch|server|transit|backbone|"
	    "cooling|memory|firmware|driver|kernel"),
	/* what customers see, as what a cause leads to */
	CLASS("impactnoun", "disruption|disruptions|outage|outages|delays|"
	    "delay|errors|issues|problems|latency|slowness|packet_loss|"
	    "downtime|"
	    "interruption|interruptions|timeouts|failures|degradation|"
	    "instability|congestion|brownouts|brownout|loss_of"),
	/* a supplier's work to be done, or done */
	CLASS("works", "~1 was|were|is|are|has_been|have_been|will|will_be|ll|"
	    "ll_be ~1 performing|carrying_out|doing|undergoing|conducting ~2 "
	    "maintenance|upgrade|upgrades|work|works|changes|migration|"
	    "diagnostics|repairs|repair|testing|tests",
	    "~1 performed|carried_out|did|had|had_to_do|had_to_perform|"
	    "conducted|undertook ~3 maintenance|upgrade|upgrades|repairs|"
	    "migration|measurements|diagnostics|checks|tests"),
	/* what makes a supplier's part in it plain, after its name */
	CLASS("extdoes",
	    /* its news relayed */
	    "reports|reported|says|said|states|stated|advises|advised|informs|"
	    "informed|notified|confirms|announced|indicates|indicated|suggests|"
	    "suggested|came_back_to_us|got_back_to_us|responded|replied|"
	    "acknowledges|acknowledged|established|claims|claimed|explained|"
	    "explains|determined|found|expect|expects|expected|estimates|"
	    "estimated|"
	    "anticipates|predicts|forecasts",
	    "has|have|had|has_now|have_now updated|advised|informed|notified|"
	    "confirmed|reported|indicated|stated|narrowed|pinpointed|located|"
	    "traced|isolated|determined|concluded",
	    /* sent to repair, or needed for it */
	    "<role>? ~3 arriving|arrive|arrived|on_site|onsite|on_scene|"
	    "on_the_way|on_their_way|en_route|enroute|dispatched|called_in|"
	    "called_out|"
	    "scheduled_to_arrive|due_to_arrive|due_on_site|"
	    "time_of_arrival",
	    "will|would|still? need|needs|needed|had ~4 to repair|fix|replace|"
	    "restore|"
	    "resolve",
	    "~1 gets|get|brings|bring|puts|put ~5 back",
	    "<works>"),
	CLASS("namedoes", "<works>",
	    "~1 experienced|suffered|had|encountered|is_experiencing|"
	    "are_experiencing|reported|has_reported|declared|has_declared "
	    "a|an|some ~3 outage|outages|failure|fault|incident|disruption|"
	    "issue|issues|problem|problems|interruption|degradation"),
	/* what a supplier does to our things: "restarted my server" */
	CLASS("handled", "blocked|suspended|disabled|restarted|rebooted|"
	    "shut_down|switched_off|turned_off|powered_down|powered_off|"
	    "terminated|throttled|null_routed|nullrouted|blackholed|deleted|"
	    "removed|taken_down|taken_offline|took_down|cut_off|unplugged"),
	/* what a supplier does to the wrong part: "switched the wrong drive" */
	CLASS("wrongly", "switched|replaced|removed|pulled|swapped|unplugged|"
	    "rebooted|restarted|deleted|wiped|formatted|shut_down|took_down "
	    "the_wrong|a_wrong|wrong"),
	/* the data centre or site a service rents, named without a name */
	CLASS("site", "the|my datacenter|data_center|datacentre|data_centre|"
	    "colo|dc|noc|server_farm|facility|data_centers|datacenters"),
	/* someone sent to do a repair */
	CLASS("role", "technician|technicians|engineer|engineers|crew|crews|"
	    "team|staff|tech|techs|contractor|contractors"),
	/* the words that name a cause */
	CLASS("causeword", "root_cause|root_causes|cause|causes|culprit|trigger|"
	    "source|origin|caused"),
	/* words in the neighbourhood of a time that is not an ETA */
	CLASS("mitverb", "rolled|rolling|restarted|restarting|reset|resetting|"
	    "migrated|migrating|paused|pausing|disabled|disabling|throttled|"
	    "throttling|drained|draining|blocked|blocking|limited|limiting|"
	    "moved|moving|invalidated|invalidating|revoked|revoking|purged|"
	    "purging|rotated|rotating|switched|switching|failed_over|"
	    "failing_over|reverted|reverting|temporarily|suspended|suspending|"
	    "rerouted|rerouting|restored|restoring|expired|expiring"),
};

static const struct pattern patterns[] = {
	/* an explicit ETA or promised time */
	{RULE_ETA, HIT | PAST, "eta|etr|ettr"},
	{RULE_ETA, HIT, "eta|etr|ettr ~4 <dur>"},
	{RULE_ETA, HIT, "eta|etr|ettr ~4 <when>"},
	{RULE_ETA, EXCEPT, "an|no|any|without|not further|firm|exact|precise|"
	    "accurate|new|updated|more|real|specific|definite|definitive|"
	    "reliable|confirmed? eta|etr|ettr|estimate !of|is"},
	{RULE_ETA, EXCEPT, "does_not|doesn_t|do_not|don_t|did_not|didn_t|"
	    "cannot|"
	    "can_not|can_t|unable_to have|give|provide|offer|share ~2 "
	    "eta|etr|ettr|estimate"},
	{RULE_ETA, HIT | PAST, "estimated|projected|target|anticipated "
	    "time_of|time_to|time_for|time_until? resolution|recovery|"
	    "restoration|repair|fix|completion|resolve"},
	{RULE_ETA, HIT | UPDATE, "estimated|expected|approximate|anticipated "
	    "time_for|time_to|time_until|time_till|duration|completion"},
	{RULE_ETA, HIT, "expected resolution|restoration|recovery|repair|fix|"
	    "completion time|date"},
	{RULE_ETA, EXCEPT, "no|an|any|without estimated|projected|target|"
	    "anticipated|expected"},
	{RULE_ETA, HIT | PAST | UPDATE, "in|within <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "by|until|till|til|no_later_than|"
	    "not_later_than|shortly_after|soon_after|shortly_before|"
	    "sometime_after|some_time_after|sometime|later_than <when>"},
	{RULE_ETA, HIT | PAST | UPDATE, "expect|expected|expecting|expects|"
	    "anticipate|anticipated|aim|aiming|aims|target|targeting|hope|"
	    "hoping|plan|planning|estimate|estimated|scheduled|will|ll|should "
	    "~5 "
	    "at|around|for|after|before|between <when>"},
	{RULE_ETA, HIT | PAST | UPDATE, "take|takes|taking|need|needs|require|"
	    "requires|continue_for|continues_for|persist_for|persists_for "
	    "<dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "will|to|may|might|could|should|ll|can "
	    "last <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "over|during|throughout|across "
	    "the_next|the_coming|next <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "for another|up_to|at_least|the_next|"
	    "the_coming|a_further|an_additional|a_few_more|several_more|"
	    "maximum|max|maximum_of|a_maximum_of|at_most|no_more_than|"
	    "not_more_than|no_longer_than <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "as_quickly_as|as_soon_as|as_early_as|"
	    "as_little_as <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "for|until|through|throughout|into "
	    "the_rest_of|the_remainder_of|rest_of|remainder_of|most_of the? "
	    "day|night|morning|afternoon|evening|weekend|week"},
	{RULE_ETA, HIT | PAST | UPDATE, "continue|continues|last|lasts|persist|"
	    "persists|run|runs|go_on|take ~2 throughout|through|into|until|"
	    "till "
	    "at_least? <when>"},
	/* a downtime announced: "The Router will go down for 5-10 minutes" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|to|may|might|could|should "
	    "go_down|be_down|go_offline|be_offline|be_unavailable|be_out "
	    "for <dur>"},
	/* a wait foretold: "it will be several hours before all of them get
	   processed", "we expect to be down at least a couple of hours" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|would|could|may|might|should|ll "
	    "be <dur> before|until|till"},
	{RULE_ETA, HIT | PAST | UPDATE, "expect|expects|expected|expecting|"
	    "anticipate|anticipates|anticipating to|will? be down|offline|out|"
	    "unavailable|without_power|without_service|disrupted|affected "
	    "for? <dur>"},
	{RULE_ETA, HIT | PAST, "back ~2 soon|shortly|momentarily !as"},
	{RULE_ETA, HIT | PAST, "clear|drain|process|catch_up ~3 shortly|soon|"
	    "momentarily !as"},
	{RULE_ETA, HIT | PAST | UPDATE, "estimate|estimated|estimating|expect|"
	    "expecting|anticipate ~2 <dur> until|till|before|to|left|remaining|"
	    "more"},
	{RULE_ETA, HIT | UPDATE, "to_be|will_be|ll_be|is_to_be|are_to_be "
	    "deployed|released|rolled_out|applied|implemented|live|available|"
	    "fixed|restored at|by|around <when>"},
	/* a return promised for a day: "could come online this weekend" */
	{RULE_ETA, HIT | UPDATE, "will|ll|could|should|may|might|would "
	    "be|come|go? back|online|up|restored|available|operational "
	    "~1 <later>"},
	/* a wait the writer announces: "will need to wait a week" */
	{RULE_ETA, HIT | PAST | UPDATE, "need_to|needs_to|have_to|has_to|"
	    "gotta|must|got_to wait for? <dur>"},
	/* a field with no estimate in it: "Estimated Time of Restoration:
	   Unknown" */
	{RULE_ETA, EXCEPT, "estimated|projected|target|anticipated|expected? "
	    "time_of|time_to|time_for? resolution|recovery|restoration|repair|"
	    "fix|completion|resolve: unknown|tbd|tba|pending|none|unavailable|"
	    "n"},
	{RULE_ETA, EXCEPT, "eta|etr|ettr: unknown|tbd|tba|pending|none|"
	    "unavailable|n"},
	{RULE_ETA, EXCEPT, "take|takes|taking|can_take ~2 <dur> to appear|show|"
	    "show_up|arrive|load|sync|propagate|be_delivered|be_processed|"
	    "be_visible"},
	{RULE_ETA, HIT | UPDATE, "expect|expects|expected|expecting|anticipate|"
	    "anticipates|anticipated|anticipating|hope|hoping|hopes ~6 "
	    "today|tonight|tomorrow|later_today"},
	/* when we will be back in touch, or start on it, is no ETA */
	{RULE_ETA, EXCEPT, "get|come|be back to|with you|us ~3 in|within|by|"
	    "before <time>"},
	{RULE_ETA, EXCEPT, "work|look|get_back|get ~1 on|into|at|to ~3 "
	    "<later>"},
	{RULE_ETA, EXCEPT, "check_again|"
	    "wait|waiting|refresh|reload|resubmit|check_back|come_back|"
	    "log_in_again|sign_in_again|deploy_again ~3 in|within|after|for "
	    "<dur>"},
	{RULE_ETA, HIT | UPDATE, "<dur> from_now|to_go|remaining|left|away|"
	    "out"},
	{RULE_ETA, HIT | PAST, "<soonres> ~1 shortly|soon|momentarily|"
	    "imminently|"
	    "imminent|any_minute|any_moment !as"},
	{RULE_ETA, HIT | PAST | UPDATE, "very_soon|very_shortly !as"},
	/* "We anticipate a resolution to this issue shortly" */
	{RULE_ETA, HIT | PAST, "expect|expecting|expects|anticipate|"
	    "anticipating|anticipates|hope_for|hoping_for a|an|the? "
	    "resolution|fix|recovery|restoration ~4 shortly|soon|momentarily "
	    "!as"},
	/* a step of the recovery to come soon: "the data will be backfilled
	   shortly" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|can|to be * "
	    "shortly|soon|momentarily !as"},
	/* a day part to come: "this should be done over the weekend" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|expect|expected|hope|"
	    "hopefully ~6 over_the_weekend|at_some_point_today|sometime_today|"
	    "later_this_week|by_the_weekend"},
	{RULE_ETA, HIT | UPDATE, "tomorrow morning|afternoon|evening|night? "
	    "!s"},
	{RULE_ETA, HIT | PAST | UPDATE, "tonight !s"},
	{RULE_ETA, HIT | UPDATE, "later today|tonight|this_morning|"
	    "this_afternoon|this_evening|this_week|this_month|in_the_day"},
	{RULE_ETA, HIT | UPDATE, "next week|month"},
	{RULE_ETA, HIT | UPDATE, "end_of_day|end_of_the_day|eod|cob|"
	    "close_of_business|end_of_business|end_of_week|eow"},
	/* soon, of a restart or a fix to come */
	/* (not a customer's own event: "if you have a service starting
	   soon") */
	{RULE_ETA, EXCEPT, "event|events|service|services|class|classes|"
	    "meeting|meetings|session|sessions|webinar|webinars|shift|shifts "
	    "starting|that_starts|that_start soon|shortly"},
	{RULE_ETA, HIT | PAST | UPDATE, "start|starting|restart|restarting|"
	    "boot|"
	    "booting|reboot|rebooting|bring|bringing|reopen|reopening|"
	    "re_enable|"
	    "re_enabling|enable|enabling|power_on|powering_on|turn_on|"
	    "turning_on ~4 shortly|soon|momentarily !as|after|before"},
	{RULE_ETA, HIT | PAST, "should|will|would|to|can|ll soon|shortly be? "
	    "<soonres>"},
	/* times that are no estimate of the fix */
	{RULE_ETA, EXCEPT, "begin|begins|start|starts|commence|commences|"
	    "starting|beginning|commencing|kick_off|kicks_off ~3 "
	    "by|at|on|around|from|no_later_than|until|till ~1 <when>"},
	{RULE_ETA, EXCEPT, "reschedule|rescheduled|rescheduling|postpone|"
	    "postponed|postponing|schedule|scheduled|scheduling|defer|deferred|"
	    "deferring|moved|moving "
	    "~4 for|to|until|till ~1 <later>"},
	{RULE_ETA, EXCEPT, "fail|failing|switch|switching|move|moving|migrate|"
	    "migrating|failback|fail_back back? ~9 ~5 <later>"},
	{RULE_ETA, EXCEPT, "more in|within|by|at <time>"},
	{RULE_ETA, EXTEND, "is|are|be|was? expected|scheduled|likely|set|"
	    "going|hoped|planned|estimated to be? <res> <res>? <res>?"},
	{RULE_ETA, EXTEND, "will|should|could|may|might|must|ll|to|being be? "
	    "<res> <res>? <res>?"},
	{RULE_ETA, EXTEND, "<res> <res>? <res>?"},

	/* a presumed root cause */
	{RULE_CAUSE, HIT, "caused by|when"},
	{RULE_CAUSE, HIT, "triggered|induced|brought_about by"},
	{RULE_CAUSE, HIT, "due_to|owing_to|as_a_result_of|because_of|thanks_to|"
	    "on_account_of"},
	{RULE_CAUSE, HIT, "because !of"},
	{RULE_CAUSE, HIT, "the|a|its|one|this likely|probable|primary|main|"
	    "underlying|suspected|actual|real|immediate|initial|apparent|"
	    "proximate|original|root? cause|culprit|trigger of|for? ~3 is|was|"
	    "are|were|"
	    "appears|appeared|seems|seemed|looks|has_been|have_been|had_been|"
	    "lies|lay|turned_out|proved|s !not|still|unknown|unclear|under|"
	    "being|yet|currently|undetermined|unconfirmed|t|now|to"},
	{RULE_CAUSE, HIT, "the|a|its|one|this likely|probable|primary|main|"
	    "underlying|suspected|actual|real|immediate|initial|apparent? "
	    "source|origin of ~3 is|was|are|were|appears|appeared|seems|seemed|"
	    "looks|has_been|have_been|had_been|lies|lay|turned_out|proved|s "
	    "!not|still|unknown|unclear|under|being|yet|currently|undetermined|"
	    "unconfirmed|t|now|to"},
	{RULE_CAUSE, HIT, "is|was|are|were|be|s the? direct|main|root|primary|"
	    "likely|probable|underlying? result|results|consequence|"
	    "consequences of"},
	{RULE_CAUSE, HIT, "caused|triggered a|an|the|that|this|these|those"},
	{RULE_CAUSE, HIT, "resulted|resulting|stems|stemmed|stemming|"
	    "originated|originates|originating|arose|arises|arising|derives|"
	    "derived from"},
	{RULE_CAUSE, HIT, "traced ~6 to|back_to"},
	{RULE_CAUSE, HIT, "attributed|attributable to"},
	{RULE_CAUSE, HIT, "is|was|are|were the? main|root|primary|likely|"
	    "probable|underlying|direct? cause|culprit|trigger"},
	{RULE_CAUSE, HIT, "is|was|are|were|be|been|s|appears_to_be|"
	    "seems_to_be|appear_to_be|seem_to_be likely|probably|possibly|"
	    "potentially|directly? related|linked|tied|connected to"},
	{RULE_CAUSE, HIT, "is|was|are|were|be|been|s|appears_to_be|"
	    "seems_to_be likely|probably|possibly|potentially|directly? "
	    "associated with"},
	/* "We've identified the issue as a vendor outage", "identified the
	   issue to be with re-connection logic" */
	{RULE_CAUSE, HIT, "identified|found|determined|diagnosed the|this "
	    "issue|problem|fault|outage|incident as|to_be"},
	{RULE_CAUSE, HIT, "failure|failures|crash|crashes|misconfiguration|bug|"
	    "exhaustion|saturation|overload|congestion|partition|fault|faults "
	    "is|are|was|were|has_been|have_been? disrupting|causing|preventing|"
	    "blocking|breaking|degrading"},
	{RULE_CAUSE, HIT, "failure|failures|crash|crashes|misconfiguration|bug|"
	    "exhaustion|saturation|overload|congestion|partition|fault|faults "
	    "is|are|was|were|has_been|have_been impacting|affecting"},
	{RULE_CAUSE, HIT, "created|caused|generated|produced|introduced|"
	    "triggered a|an|the large|significant|growing? backlog|spike|surge|"
	    "build_up|buildup|queue"},
	/* monitoring that fired names no cause */
	{RULE_CAUSE, EXCEPT, "triggered|triggers|trigger a|an|the? "
	    "notification|notifications|alert|alerts|alarm|alarms|page|warning|"
	    "exception"},
	/* a cause looked into is not presumed: "investigating a potential
	   denial of service attack pattern" */
	{RULE_CAUSE, EXCEPT, "investigating|examining|evaluating|assessing|"
	    "checking|looking_into|exploring a|an|the? potential|possible|"
	    "suspected|likely|probable ~6"},
	{RULE_CAUSE, EXCEPT, "no|any|little evidence|sign|signs|indication|"
	    "indications of|that ~6"},
	{RULE_CAUSE, EXCEPT, "ruled_out|rule_out|ruling_out|excluded ~6"},
	{RULE_CAUSE, EXCEPT, "not|t|no|never|yet_to|still|unable_to|cannot|"
	    "unclear|unknown|whether|what|if ~4 <causeword>"},
	{RULE_CAUSE, EXCEPT, "to identify|determine|find|establish|understand|"
	    "confirm|isolate|diagnose|pinpoint|investigate|trace|uncover|learn|"
	    "locate|narrow_down|assess|analyze|analyse|explore|review|examine|"
	    "evaluate|get_to|find_out|know ~3 <causeword>"},
	{RULE_CAUSE, EXCEPT, "identifying|determining|finding|establishing|"
	    "understanding|confirming|isolating|diagnosing|pinpointing|"
	    "investigating|tracing|uncovering|locating|narrowing_down|"
	    "assessing|"
	    "analyzing|analysing|exploring|reviewing|examining|evaluating|"
	    "investigation_into|investigation_of|looking_into|looking_for|"
	    "searching_for|focused_on|working_on ~3 <causeword>"},
	{RULE_CAUSE, EXCEPT, "<causeword> analysis|analyses|investigation|"
	    "review|report|rca|remains|has_not|have_not|is_not|is_still|"
	    "is_unknown|is_unclear|is_under|is_being|is_yet|has_yet|isn_t|"
	    "unknown|undetermined|unconfirmed|not_yet|is_currently"},
	{RULE_CAUSE, EXCEPT, "once|when|after|until|as_soon_as|before|if "
	    "we|the_team|engineers|our_engineers|our_team|it ~3 <causeword>"},
	{RULE_CAUSE, EXCEPT, "identified|found|determined|confirmed|pinpointed|"
	    "isolated|know|knew|understand|understood|located|addressed|fixed|"
	    "resolved|eliminated|mitigated|corrected|diagnosed|discovered ~3 "
	    "cause|causes|root_cause|root_causes|culprit|trigger|source|origin "
	    "!as|to_be|was|is|being"},
	{RULE_CAUSE, HIT, "cause|causes|culprit|source as|to_be a|an|the|our|"
	    "their"},
	{RULE_CAUSE, EXCEPT, "issue|issues|problem|problems|incident|outage|"
	    "disruption|degradation which|that? has|have? resulted|resulting "
	    "in"},
	{RULE_CAUSE, EXCEPT, "due_to our current|ongoing|recovering"},
	/* a trouble that names nothing, where the phrase ends: "Due to
	   technical difficulties, ...", "due to an unforeseen issue.", "due
	   to the nature of the problem" */
	{RULE_CAUSE, EXCEPT, "due_to|because_of|owing_to|as_a_result_of a|an|"
	    "the|some|these|those? technical|unforeseen|unexpected|unknown|"
	    "unspecified|temporary|ongoing|current|general? issue|issues|"
	    "problem|problems|difficulties|difficulty|error|errors|reasons|"
	    "circumstances|trouble|troubles $"},
	{RULE_CAUSE, EXCEPT, "due_to|because_of|owing_to the nature|severity|"
	    "complexity|extent of"},
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s? related|linked|connected to "
	    "a|the|our previous|earlier|prior|separate|another|ongoing"},
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s? related|linked|connected to "
	    "this|that|the incident|outage|event $"},
	{RULE_CAUSE, HIT, "confirmed|identified|found|discovered|detected|"
	    "isolated a|an hardware|software|network|power|disk|storage|"
	    "configuration|config|dns|certificate|database failure|fault|bug|"
	    "misconfiguration|outage|issue|problem"},
	{RULE_CAUSE, EXCEPT, "issue|issues|problem|problems|bug|error that|"
	    "which "
	    "caused|triggered"},
	{RULE_CAUSE, EXCEPT, "share|publish|explain|communicate|provide|"
	    "include|"
	    "detail|describe|post ~3 <causeword>"},
	{RULE_CAUSE, EXCEPT, "due_to|owing_to|as_a_result_of|because_of "
	    "this|the|these|that|the_ongoing|the_current|this_ongoing|the_same|"
	    "ongoing|current|today_s|the_recent? incident|incidents|outage|"
	    "outages|issue|issues|problem|problems|disruption|disruptions|"
	    "degradation|situation|event|errors|error|maintenance|delays|delay|"
	    "backlog|impact|instability !with|in|at|on|of|from|caused|by|"
	    "affecting|involving|within"},
	{RULE_CAUSE, EXCEPT, "due_to be|start|begin|finish|complete|expire|end|"
	    "run|arrive|resume|close|launch"},
	{RULE_CAUSE, EXCEPT, "because we ~2 <mitverb>"},
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s|likely|probably|possibly? "
	    "related|linked|connected to https|http"},
	{RULE_CAUSE, EXCEPT, "due_to|because_of|as_a_result_of this|that|which "
	    "our|we|they|it|the"},
	{RULE_CAUSE, EXCEPT, "because the|this|that problem|issue|incident|"
	    "outage"},
	{RULE_CAUSE, EXCEPT, "due_to|because_of|as_a_result_of|owing_to "
	    "this|that|it $"},
	{RULE_CAUSE, EXCEPT, "the|a|its|our|this? <causeword> ~6 "
	    "has_been|have_been|had_been|was|were|is|are "
	    "identified|found|determined|located|isolated|confirmed|known|"
	    "understood !as|to"},
	/* a cause named without "caused by" */
	{RULE_CAUSE, HIT, "root|probable|likely|suspected|preliminary|"
	    "possible? "
	    "cause|causes|reason: !unknown|tbd|under|being|not|pending|"
	    "investigating|still|currently|to|unclear|undetermined|we|n|none"},
	{RULE_CAUSE, HIT, "narrowed|narrowing|tracked|tracking|pinned ~4 "
	    "down_to"},
	/* a cause offered as a guess: "is suspected to be the cause" */
	{RULE_CAUSE, HIT, "is|are|was|were suspected|believed|thought|likely|"
	    "presumed to_be|to_have_been the|a <causeword>"},
	{RULE_CAUSE, HIT, "we believe|think|suspect|suspected this|it|that "
	    "is|was ~1 an|a issue|problem|fault|failure with|in|on"},
	{RULE_CAUSE, HIT, "looks|seems|appears like|to_be it? might|may|could "
	    "be? something|an_issue|a_problem ~3 with|in|on|at"},
	/* something of ours that lapsed: "the SSL certificate has expired" */
	{RULE_CAUSE, HIT, "certificate|certificates|cert|certs|domain|contract|"
	    "subscription|licence|license|registration has|have|had|is|was? "
	    "expired|lapsed"},
	{RULE_CAUSE, HIT, "certificate|certificates|cert|certs|domain|contract|"
	    "subscription|licence|license|registration ~4 has|have|had|"
	    "has_been|have_been|seems_to_have|appears_to_have|seem_to_have|"
	    "appear_to_have expired|lapsed"},
	/* a renewal that did not happen: "automatic renewal didn't happen" */
	{RULE_CAUSE, HIT, "renewal|renewals|auto_renewal|autorenewal ~3 "
	    "didn_t|did_not|failed|never|wasn_t|hasn_t|has_not|was_not"},
	/* an attack said to do the harm */
	{RULE_CAUSE, HIT, "attack|attacks|ddos is|are|was|were ~1 "
	    "impacting|affecting|disrupting|targeting|causing|overwhelming"},
	{RULE_CAUSE, HIT, "on|at|within|is_with|lies_with the? <name> s? "
	    "side|end|network|networks|backbone"},
	{RULE_CAUSE, HIT, "on|at|within the|our? <provider> s? side|end|"
	    "network|networks"},
	{RULE_CAUSE, HIT, "is|are|was|were|been|being affected|impacted|hit by "
	    "a|an|some|several|multiple|two !issue|issues|problem|problems|"
	    "incident|bug|glitch|ongoing|error|errors"},
	{RULE_CAUSE, HIT, "accidental|unexpected|unplanned|sudden|brief|mini|"
	    "short|major|partial|total|complete|local|regional|widespread|"
	    "wide_spread? power|electrical|electricity|mains|utility_power|"
	    "grid|"
	    "ups|generator cut|cuts|break|breaks|loss|failure|failures|outage|"
	    "outages|surge|surges|fluctuation|fluctuations|interruption|"
	    "interruptions|blackout|blackouts|issue|issues|problem|problems|"
	    "fault|faults"},
	{RULE_CAUSE, HIT, "fire|flood|flooding|water|storm|weather|lightning|"
	    "physical|vandalism|theft damage|damaged"},
	{RULE_CAUSE, HIT, "fibre|fiber|cable|optic|optical|duct ~2 cut|cuts|"
	    "break|breaks|damage|damaged|severed|severance"},
	{RULE_CAUSE, EXCEPT, "suspected|possible|potential fibre|fiber|cable|"
	    "optic|optical|duct"},
	{RULE_CAUSE, HIT, "power|electricity|mains has_been|had_been|was|were|"
	    "is shut_off|cut|cut_off|switched_off|turned_off|lost|"
	    "disconnected"},
	{RULE_CAUSE, HIT, "ddos|dos|malicious|cyber|denial_of_service|"
	    "volumetric|botnet attack|attacks"},
	{RULE_CAUSE, HIT, "encountered|experienced|suffered|sustained|"
	    "developed|had|hit|experiencing|suffering a|an? intermittent|"
	    "unexpected|sudden|major|partial|brief|catastrophic|serious|"
	    "critical? hardware|disk|"
	    "drive|"
	    "power|memory|storage|raid|controller|psu|cooling|electrical|fibre|"
	    "fiber|cable error|errors|failure|failures|fault|faults|issue|"
	    "issues|"
	    "problem|problems|outage|loss|break"},
	{RULE_CAUSE, HIT, "error|failure|fault|malfunction|issue|problem "
	    "occurred|developed|arose with|in|on|at the|our|a|an"},
	{RULE_CAUSE, HIT, "abnormality|anomaly|anomalies|malfunction|"
	    "misconfiguration has_been|have_been|was|were|is identified|"
	    "detected|found|discovered|confirmed|located"},
	{RULE_CAUSE, HIT, "identified|found|discovered|detected|diagnosed an|a "
	    "issue|problem|fault|failure|bug|error|defect with|in the|our|a|"
	    "an|one_of_our|one_of_the * *? <part>"},
	{RULE_CAUSE, HIT, "issue|problem|fault|failure|error|bug with|in|on|"
	    "within our|the|a|an|one_of_our * *? *? which|that is|are|was|were|"
	    "has_been preventing|blocking|breaking|disrupting|stopping"},
	{RULE_CAUSE, HIT, "fault|outage|disruption|problem|issue|interruption "
	    "is|was|appears_to_be|seems_to_be likely|probably|apparently? a|an "
	    "~3 break|cut|failure|fault|outage|damage|loss|misconfiguration"},
	{RULE_CAUSE, HIT, "is|appears_to_be|seems_to_be|to_be an|a isp|"
	    "provider|carrier|vendor|upstream|third_party|supplier "
	    "specific|side issue|problem|fault|outage|failure"},
	{RULE_CAUSE, HIT, "from <ext> that they|it are|is|were|was|have|has|"
	    "had "
	    "currently|now|still|also? experiencing|having|suffering"},
	{RULE_CAUSE, HIT, "<outsider> ~3 damaged|damage|cut|severed|struck|hit|"
	    "dug|broke|pile|drove|driven|disconnected|destroyed|ruptured"},
	{RULE_CAUSE, HIT, "caused|damaged|cut|struck|severed by <outsider>"},

	/* a cause guessed: "this could be a equipment problem" */
	{RULE_CAUSE, HIT, "could|may|might|must be|have_been a|an|the "
	    "<faultkind> "
	    "~1 problem|problems|issue|issues|fault|failure|outage|bug|error|"
	    "attack|cut|break|damage|overload"},
	{RULE_CAUSE, HIT, "seems|seams|appears|looks to_be|like a|an|the "
	    "<faultkind>? ~1 outage|failure|fault|cut|break ~2 for|in|across|"
	    "affecting|in_the|for_the area|region|city|street|streets|grid|"
	    "neighbourhood|neighborhood|building|exchange"},
	{RULE_CAUSE, HIT, "possibly|probably|likely|apparently|may|might "
	    "have|has|had a|an ~3 down|failure|failed|fault|broken|dead|"
	    "offline"},
	/* a failing part or condition named as where the impact comes from */
	{RULE_CAUSE, HIT, "causing|creating|leading_to|resulting_in|led_to|"
	    "leads_to|has_led_to|have_led_to|had_led_to some|a|an|"
	    "the|significant|major|widespread|further|intermittent|high|"
	    "increased|several|multiple|elevated|occasional|sporadic|"
	    "partial ~3 <impactnoun>"},
	{RULE_CAUSE, EXCEPT, "issue|issues|problem|problems|incident|outage|"
	    "disruption|this|it ~5 causing|creating|leading_to|resulting_in|"
	    "led_to|leads_to|has_led_to|have_led_to|had_led_to"},
	/* a trouble named, then what it made fail: "caused app sync to fail" */
	{RULE_CAUSE, HIT, "caused|causes|causing * ~2 to fail|crash|stall|hang|"
	    "freeze|time_out|timeout|drop|disconnect|go_down|go_offline|"
	    "become_unavailable|become_unresponsive|be_unavailable|"
	    "be_unreachable"},
	{RULE_CAUSE, EXCEPT, "this|it|which|that|the_issue|the_problem|"
	    "this_issue|this_problem|the_incident|this_incident|the_outage|"
	    "this_outage caused|causes|causing * ~2 to"},
	/* a guess at the trouble: "appears to be a load issue", "probably a
	   bad switch" (not "what appears to be": that tells the impact) */
	{RULE_CAUSE, HIT, "appears_to_be|appear_to_be|seems_to_be|seem_to_be|"
	    "looks_like|look_like|probably|likely|possibly|maybe a|an "
	    "<faultmod> "
	    "issue|issues|problem|problems|event|fault|failure|bug|outage"},
	{RULE_CAUSE, EXCEPT, "what appears|appear|seems|seem|looks|look"},
	{RULE_CAUSE, HIT, "a|an|the|our|one bad|faulty|broken|"
	    "dead|defective|misbehaving <part>"},
	{RULE_CAUSE, HIT, "a|an <faultmod> issue|problem|outage|failure "
	    "that|which|that_s|which_is|that_is is? causing|preventing"},
	/* "this is down to the sheer size of": down to, for due to */
	{RULE_CAUSE, HIT, "is|was|are|were|s|be|been|entirely|partly|mostly "
	    "down_to a|an|the|our|their|its|some|high|heavy|increased|a_bug|"
	    "a_fault"},
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s|be|been down_to the? "
	    "normal|usual|expected|baseline|"
	    "previous|pre|typical|acceptable|levels|level"},
	/* a part that failed, or is unwell */
	{RULE_CAUSE, HIT, "<part> ~1 unexpectedly|suddenly|also|then? "
	    "failed|died|malfunctioned|broke_down|overheated|"
	    "rebooted|is_misbehaving|was_misbehaving|is_unwell|was_unwell|"
	    "may_be_having_trouble|is_having_trouble|was_having_trouble|"
	    "became_unresponsive|was_unresponsive|were_unresponsive|"
	    "went_unresponsive|caught_fire "
	    "!to|over"},
	/* a network or storage part that crashed */
	{RULE_CAUSE, HIT, "switch|switches|router|routers|firewall|firewalls|"
	    "load_balancer|controller|hypervisor|san|filer|linecard|database|"
	    "db "
	    "crash|crashes|crashed|panic|panicked|kernel_panic"},
	/* a part full, run out of room, or corrupted */
	{RULE_CAUSE, HIT, "disk|disks|storage|filesystem|file_system|partition|"
	    "volume|database|memory|drive|drives is|was|are|were|became|got|"
	    "being ~1 full|corrupted|corrupt"},
	{RULE_CAUSE, HIT, "ran|run|running|runs out_of inodes|disk_space|"
	    "space|memory|storage|capacity|connections|file_descriptors"},
	{RULE_CAUSE, HIT, "<part> ~2 has_been|have_been|was|were|is|are found|"
	    "discovered ~1 to_be ~1 corrupted|corrupt"},
	/* a load stated with its impact: "experiencing unusual load and some
	   services may be slower" */
	{RULE_CAUSE, HIT, "experiencing|experience|seeing|facing|receiving|"
	    "under unusual|unusually|high|heavy|record|increased|elevated|"
	    "extreme|abnormal|unprecedented|massive|exceptional ~1 load|"
	    "traffic|"
	    "usage|demand and|which_is|causing|so ~5 slow|slower|slowness|"
	    "delays|delayed|errors|timeouts|latency|unavailable|unresponsive"},
	{RULE_CAUSE, HIT, "increased|high|heavy|elevated|excessive|unusual|"
	    "unexpected|higher|extreme|abnormal load|traffic|demand|volume|"
	    "usage create|creates|created|cause|causes|caused|is_causing|"
	    "causing|led_to|leads_to|leading_to|resulted_in|results_in|"
	    "resulting_in|overloaded|overwhelmed|saturated"},
	{RULE_CAUSE, HIT, "temperature|temperatures|heat|humidity ~4 are|is|"
	    "were|was ~1 rising|rose|high|elevated|increasing|climbing"},
	{RULE_CAUSE, HIT, "high|elevated|rising|excessive|extreme "
	    "temperatures|temperature|heat"},
	{RULE_CAUSE, HIT, "cooling|hvac|air_conditioning|air_conditioner|"
	    "chiller|chillers|ac_unit|ac_units|crac failure|failures|failed|"
	    "fault|outage|issue|issues|problem"},
	{RULE_CAUSE, HIT, "encountered|experienced|suffered|sustained|had|hit|"
	    "experiencing|suffering a|an|another <part> error|errors|failure|"
	    "failures|fault|faults|crash|malfunction"},
	{RULE_CAUSE, HIT, "fire|flood|flooding|explosion|earthquake|"
	    "lightning_strike|blaze at|in|on the|a|an|our ~2 datacenter|"
	    "data_center|datacentre|data_centre|facility|building|site|"
	    "location|premises|exchange|substation|colo"},
	/* a cut the work to come will make: "after the cable is cut" */
	{RULE_CAUSE, EXCEPT, "after|once|when|before|until|if the|a|our? "
	    "cable|cables|fibre|fiber|line|lines ~2 is|are|has_been|have_been "
	    "cut|severed|disconnected"},
	{RULE_CAUSE, HIT, "cable|cables|fibre|fiber|line|lines|pole|poles|duct|"
	    "conduit|mast|tower were|was|have_been|has_been|got|had_been hit|"
	    "struck|damaged|cut|severed|broken|knocked_down|downed"},
	{RULE_CAUSE, HIT, "a|an cut|broken|damaged|severed|downed fibre|fiber|"
	    "cable|cables|line|lines|pole|poles"},
	{RULE_CAUSE, HIT, "there was|is|has_been|have_been|were|are a|an? "
	    "hardware|power|electrical|cooling|disk|storage|equipment "
	    "issue|issues|problem|problems|failure|failures|fault|faults|"
	    "malfunction"},
	{RULE_CAUSE, HIT, "there was|is|has_been|have_been|were|are a|an? "
	    "<part> issue|issues|problem|problems|failure|failures|fault|"
	    "faults|"
	    "malfunction"},
	/* the failing part named: "This is an issue with our server", "It's
	   a host problem", "it seems a Netlify issue" */
	{RULE_CAUSE, HIT, "this|it is|s|was|seems|seems_to_be|appears_to_be|"
	    "looks_like an|a issue|problem|fault with|in|on our|the|a <part>"},
	{RULE_CAUSE, HIT, "this|it is|s|was|seems|seems_to_be|appears_to_be|"
	    "looks_like an|a <failing> issue|problem|fault"},
	{RULE_CAUSE, HIT, "seems|seems_to_be|appears|appears_to_be|looks_like|"
	    "is_likely|s_likely|is_probably|s_probably a|an <name> issue|"
	    "problem|outage|bug|fault"},
	/* what a finding named: "Hetzner established that the UPS systems
	   had switched off" */
	{RULE_CAUSE, HIT, "established|determined|found|confirmed|discovered|"
	    "identified that the|a|an|our|one_of_the|one_of_our ~8 had|has|"
	    "have|"
	    "was|were ~1 switched_off|failed|crashed|broken|overloaded|"
	    "malfunctioned|overheated|died|corrupted|misconfigured"},
	/* a named trouble's effect: "hosts affected by the contention issue",
	   "a change responsible for the incorrect calculation" */
	{RULE_CAUSE, HIT, "affected|impacted|hit by the|a|an <faultmod> issue|"
	    "issues|problem|problems|failure|failures|outage|bug"},
	{RULE_CAUSE, HIT, "responsible|to_blame for the|this|these|an|a ~2 "
	    "outage|outages|issue|issues|errors|failure|failures|problem|"
	    "problems|incorrect|disruption|degradation|delays|slowness|"
	    "downtime|interruption|interruptions"},
	/* a guess at the failing part: "One of our servers seems to have
	   issues", "seems to have been some filesystem issues", "The
	   database that runs the site is having problems" */
	{RULE_CAUSE, HIT, "one_of_our|one_of_the|the|our|my <part> "
	    "seems_to_have|appears_to_have|seem_to_have|appear_to_have|"
	    "has_got|is_having|are_having|was_having|were_having|"
	    "is_experiencing|are_experiencing ~1 issues|problems|trouble|"
	    "difficulties|a_problem|an_issue|a_fault"},
	{RULE_CAUSE, HIT, "seems_to_have_been|seem_to_have_been|"
	    "appears_to_have_been|appear_to_have_been|there_were|there_was|"
	    "there_are|there_is some|a|an? <faultmod> issues|problems|trouble|"
	    "issue|problem"},
	{RULE_CAUSE, HIT, "<part> that|which runs|hosts|serves|powers ~2 "
	    "is|are|was|were having|experiencing problems|issues|trouble|"
	    "difficulties"},
	{RULE_CAUSE, HIT, "something seems_to_have|appears_to_have|has|had "
	    "gone_wrong|broken with the|our|my <part>"},
	{RULE_CAUSE, HIT, "<part> ~3 overloaded|overwhelmed|saturated|"
	    "swamped by"},
	/* a part full or overloaded: "One of the DNS servers is overloaded" */
	{RULE_CAUSE, HIT, "<part> ~3 is|are|was|were|became|got|has_become|"
	    "have_become overloaded|overwhelmed|saturated|full|out_of_space|"
	    "out_of_memory|out_of_disk_space"},
	/* a guessed trouble: "a potential misconfiguration that might cause
	   this issue" */
	{RULE_CAUSE, HIT, "that|which might|may|could|would be? cause|causing|"
	    "explain|behind this|the|these issue|issues|problem|problems|"
	    "outage|behavior|behaviour|errors|slowness|disruption"},
	{RULE_CAUSE, HIT, "has|have|had|accidentally|accidently cut|severed|"
	    "damaged|dug_through|dug_up ~5 fiber|fibre|cable|cables|line|lines|"
	    "duct|ducts"},
	/* a part or a job named as the trouble: "The same database server
	   causing issues yesterday", "A recent deployment introduced a
	   regression", "a rogue process causing database CPU issues" */
	{RULE_CAUSE, HIT, "<part> ~3 is|was|are|were? causing|caused "
	    "issues|problems|errors|trouble|the_issue|the_problem|the_outage"},
	{RULE_CAUSE, HIT, "deployment|deploy|release|change|changes|update|"
	    "upgrade|migration introduced|caused a|an regression|bug|issue|"
	    "error"},
	/* "an infrastructure update caused unexpected rate-limiting" */
	{RULE_CAUSE, HIT, "deployment|deploy|release|change|changes|update|"
	    "updates|upgrade|migration caused|triggered|introduced|is_causing|"
	    "was_causing|are_causing|were_causing unexpected|intermittent|"
	    "significant|widespread|elevated|increased? <impactnoun>"},
	{RULE_CAUSE, HIT, "deployment|deploy|release|change|changes|update|"
	    "updates|upgrade|migration caused|triggered|introduced ~1 "
	    "rate_limiting|throttling|regressions"},
	{RULE_CAUSE, HIT, "rogue|runaway|stuck|misbehaving|faulty|bad "
	    "process|processes|job|jobs|query|queries|script|task|tasks|"
	    "worker|workers"},
	{RULE_CAUSE, HIT, "change|changes|deployment|update|upgrade|"
	    "maintenance ~8 which|that has|have? resulted_in|caused|led_to"},
	{RULE_CAUSE, HIT, "this|it is|s|was an|a ~1 error|bug|glitch with|in "
	    "our|the|a ~2 <faultmod>"},
	{RULE_CAUSE, HIT, "there was|is|were|are a|an <faultmod> error|bug|"
	    "glitch|regression"},
	{RULE_CAUSE, HIT, "facing|experiencing|having|seeing a|an <faultmod> "
	    "performance|connectivity|connection|capacity issue|issues|"
	    "problem|problems"},
	{RULE_CAUSE, HIT, "suspect|think|believe|guess ~4 faulty|failed|"
	    "failing|broken|bad|defective|damaged"},
	{RULE_CAUSE, HIT, "disk|disks|drive|drives|hard_drive|hard_drives|ssd|"
	    "ssds|raid|array ~7 crashed|failed|died"},
	{RULE_CAUSE, HIT, "reports|reported|reporting|confirmed|identified a|"
	    "an <faultmod> failure|fault"},
	{RULE_CAUSE, HIT, "a|an|the|ongoing|this ddos|ddos_attack"},
	/* load, a faulty job or a part's trouble named as what did it */
	{RULE_CAUSE, HIT, "is|are|was|were|been under heavy|high|extreme|"
	    "unusual|unusually_high|increased|elevated|significant|severe "
	    "load|pressure|strain"},
	{RULE_CAUSE, HIT, "identified|found|discovered|traced|located an|a|"
	    "the issue|problem|bug|fault with|in ~5 <part>"},
	{RULE_CAUSE, HIT, "<faultmod> error|bug|change|fault|misconfiguration "
	    "responsible"},
	{RULE_CAUSE, HIT, "maintenance|upgrade|upgrades|migration|deployment|"
	    "deploy|release|change|changes|task|job|script|backfill|cronjob|"
	    "rollout resulting_in|that_resulted_in|which_resulted_in|led_to|"
	    "caused|triggered|broke"},
	/* "A recent update to our servers resulted in elevated memory usage" */
	{RULE_CAUSE, HIT, "update|upgrade|change|deployment|migration|release|"
	    "maintenance to|on|of ~3 resulted_in|has_resulted_in|led_to|"
	    "caused|triggered"},
	/* "A small routine upgrade procedure failed on the webmail server" */
	{RULE_CAUSE, HIT, "upgrade|update|migration|deployment|deploy|"
	    "maintenance|rollout ~1 procedure|process|job|script? failed|"
	    "went_wrong|broke|misfired|partially_failed !to"},
	{RULE_CAUSE, HIT, "there is|was|are|were an|a|some issue|issues|"
	    "problem|problems with <faultmod>"},
	{RULE_CAUSE, HIT, "suspect|think|believe|guess ~2 is|was|s a|an "
	    "<failing> issue|problem|fault"},
	{RULE_CAUSE, HIT, "having|experiencing problems|issues|trouble with "
	    "one_of_the|one_of_our|the|our|a|an ~1 <part>"},
	{RULE_CAUSE, HIT, "issue|issues|problem|problems|outage|outages with|"
	    "at <provider> that|which ~2 affecting|impacting|causing"},
	{RULE_CAUSE, HIT, "<capname> ~2 is|are|has|have having|experiencing|"
	    "reported|declared an|a|some ~1 outage|incident|issue|issues|"
	    "problem|problems|failure resulting_in|causing|leading_to"},
	{RULE_CAUSE, HIT, "backlog|backlogs|queue|spike|surge ~5 which|that "
	    "is|was causing|caused|causes|resulted_in|results_in|led_to"},
	{RULE_CAUSE, HIT, "a|an <faultmod> issue|problem|outage|failure which|"
	    "that caused|causes|resulted_in|results_in|led_to"},
	{RULE_CAUSE, HIT, "burst|spike|surge|flood|wave of ~2 traffic|requests|"
	    "load|connections that|which affected|impacted|caused|overloaded"},
	/* "An unusually high volume of automated requests targeted our
	   routes, overwhelming parts of our infrastructure" */
	{RULE_CAUSE, HIT, "volume|number|burst|spike|surge|flood|wave of ~2 "
	    "traffic|requests|load|connections|calls|queries ~6 overwhelming|"
	    "overwhelmed|overloading|overloaded|saturating|saturated|"
	    "exhausting|exhausted"},
	/* a part at fault in what it does: "this router dropping packets" */
	{RULE_CAUSE, HIT, "<part> ~2 dropping|drops|dropped|losing|rejecting "
	    "packets|connections|traffic|requests"},
	/* fire, lightning and what they knock out */
	{RULE_CAUSE, HIT, "caught_fire|caught_on_fire|blew_up|exploded|"
	    "went_up_in_flames|struck_by_lightning|lightning_strike|"
	    "lightning_struck|lightning_hit"},
	{RULE_CAUSE, HIT, "knocked_out|knocking_out|knocks_out|knocked ~3 "
	    "out|offline|off_the_air"},
	/* a named trouble doing harm: "An outage on a major cloud provider is
	   causing downtime on our API" */
	{RULE_CAUSE, HIT, "outage|outages|failure|failures|issue|issues|"
	    "problem|problems|fault|faults on|at|with|of|in ~4 is|are|was|were "
	    "causing|resulting_in|leading_to"},
	{RULE_CAUSE, EXCEPT, "issue|issues|problem|problems|outage|outages "
	    "on|at|with|of|in this|the|that|our? page|site|status_page|"
	    "incident|ticket"},

	/* blame: a vendor, team or person made the mistake, not us */
	{RULE_BLAME, HIT, "their|his|her|its|someone_s|somebody_s "
	    "fault|mistake|blunder|negligence|screw_up|doing"},
	{RULE_BLAME, HIT, "human|operator|engineer|vendor|provider|manual "
	    "error|errors"},
	/* "user errors" are what users see; "a user error" is a fault */
	{RULE_BLAME, HIT, "user|customer error"},
	{RULE_BLAME, HIT, "not|no|none_of our|us fault|doing|responsibility"},
	{RULE_BLAME, HIT, "no_fault_of our|ours|our_own"},
	{RULE_BLAME, HIT, "beyond|outside|outside_of|out_of our|their? "
	    "control|hands"},
	{RULE_BLAME, HIT, "nothing we could|can have? done|do"},
	{RULE_BLAME, HIT, "blame|blamed|blames|blaming|at_fault|fault_lies|"
	    "faulted|culpable|negligent|negligence"},
	{RULE_BLAME, HIT, "let_us_down|dropped_the_ball|failed_us"},
	{RULE_BLAME, EXCEPT, "initially|originally|first|wrongly|mistakenly "
	    "blamed"},
	/* a part to blame is a cause, no party's fault */
	{RULE_BLAME, EXCEPT, "faulty|failed|failing|bad|broken|defective? "
	    "<part> was|is|were|are to_blame"},
	{RULE_BLAME, EXCEPT, "thinking|thought|assuming|assumed|believing|"
	    "wondering|suspecting that ~6 blame|at_fault"},
	{RULE_BLAME, HIT, "<vendor> <product>? <vfault>"},
	{RULE_BLAME, HIT, "<third> <vfault>"},
	/* what we use it for told between: "An upstream provider we use for
	   authentication services is having a service degradation" */
	{RULE_BLAME, HIT, "<ext> we|i|that_we|which_we|that|which "
	    "use|uses|used|rely_on|relies_on|depend_on|depends_on ~4 "
	    "<vfault>"},
	{RULE_BLAME, HIT, "<provider> ~2 <owns>"},
	{RULE_BLAME, HIT, "<third> ~2 <owns>"},
	{RULE_BLAME, HIT, "<vendor> has|have|is|are ~1 reported|declared|"
	    "confirmed|acknowledged|reporting|investigating_an|"
	    "investigating_a"},
	{RULE_BLAME, HIT, "<provider> has|have|is|are ~1 reported|declared|"
	    "confirmed|acknowledged|reporting"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|disruption|disruptions|degradation|incident|"
	    "incidents at|with|on|in|from|of the <vendor> !s"},
	{RULE_BLAME, HIT, "outage|outages|disruption|disruptions|failure|"
	    "failures|incident|incidents affecting|impacting <vendor>"},
	{RULE_BLAME, HIT, "outage|outages|disruption|disruptions|failure|"
	    "failures|incident|incidents affecting|impacting <provider>"},
	{RULE_BLAME, HIT, "outage|outages|disruption|disruptions|failure|"
	    "failures|incident|incidents affecting|impacting <third>"},
	{RULE_BLAME, HIT, "caused|triggered|introduced|created|induced by the "
	    "<vendor>"},
	{RULE_BLAME, HIT, "launched|initiated|carried_out|mounted|started by "
	    "<customer>"},
	/* a supplier's own work on its platform: "During a scheduled Azure
	   update, the Forms service was automatically restarted" */
	{RULE_BLAME, HIT, "a|an|the scheduled|planned|routine|unplanned|"
	    "emergency? <vendor> update|updates|maintenance|upgrade|upgrades|"
	    "patch|patching|migration|deployment|change|changes"},
	/* a supplier's recovery relayed: "Shopify API response times have
	   stabilized" */
	{RULE_BLAME, HIT, "<vendor> <product>? response_times|latency|"
	    "error_rates|errors|performance ~1 have|has|are|is stabilized|"
	    "stabilised|returned|recovered|improved|normal|back"},
	{RULE_BLAME, HIT, "outage|outages|issue|issues|problem|problems with|"
	    "at the|our|my host|hosts|hoster"},
	{RULE_BLAME, HIT, "flooding|flood|traffic|requests|load|abuse|spam|"
	    "attack from|by <customer>"},
	{RULE_BLAME, HIT, "on|at the|our? * carrier|carriers|provider|"
	    "providers|"
	    "upstream|vendor|vendors|partner|partners network|networks|side|"
	    "end|"
	    "level"},
	{RULE_BLAME, HIT, "on|at the|our? carrier|carriers|provider|providers|"
	    "upstream|vendor|vendors|partner|partners network|networks|side|"
	    "end|"
	    "level"},
	{RULE_BLAME, HIT, "<provider> <vfault>"},
	{RULE_BLAME, HIT, "<person> <pfault>"},
	{RULE_BLAME, HIT, "<person> on|in|from|at the|our|another *? *? "
	    "team|group|department|squad <pfault>"},
	{RULE_BLAME, HIT, "<team> <pfault>"},
	{RULE_BLAME, HIT, "<customer> <cfault>"},
	{RULE_BLAME, HIT, "<customer> s * *? <cfault>"},
	{RULE_BLAME, HIT, "<actor> s <faultnoun>"},
	{RULE_BLAME, HIT, "<customer> s misconfiguration|mistake|fault|error|"
	    "negligence"},
	{RULE_BLAME, HIT, "<vendor> <product>? <vfault>"},
	{RULE_BLAME, HIT, "<vendor> <product> outage|outages|failure|failures|"
	    "incident|disruption|degradation|issue|issues|problem|problems"},
	{RULE_BLAME, HIT, "<vendor> outage|outages|failure|failures|fault|"
	    "mistake|incident|bug|misconfiguration|issue|issues|problem|"
	    "problems|"
	    "error|errors|downtime|disruption|degradation"},
	{RULE_BLAME, HIT, "provider|vendor|vendors|upstream|third_party|"
	    "supplier|"
	    "partner|isp|carrier|external|vendor_side|provider_side "
	    "outage|outages|failure|failures|fault|mistake|incident|bug|"
	    "misconfiguration|issue|issues|problem|problems|error|errors|"
	    "downtime|disruption|degradation"},
	{RULE_BLAME, HIT, "outage|outages|failure|failures|incident|incidents|"
	    "issue|issues|problem|problems|bug|bugs|misconfiguration|mistake|"
	    "fault|error|errors|downtime|disruption at|on_the_part_of|"
	    "on_the_side_of <actor>"},
	{RULE_BLAME, HIT, "outage|outages|failure|failures|bug|bugs|"
	    "misconfiguration|mistake|fault|disruption|disruptions|incident|"
	    "incidents|issue|issues|problem|problems|degradation|interruption|"
	    "interruptions|impairment|impairments|break|breaks "
	    "developed|occurred|arose|emerged? of|by|with|in|within|inside|at "
	    "<actor>"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|fault|faults occurred|developed|arose on|at|with "
	    "the|our|my hosting|host|hoster|provider"},
	{RULE_BLAME, HIT, "caused|triggered|introduced|created|broken|induced "
	    "by <actor>"},
	{RULE_BLAME, HIT, "caused|triggered|introduced|created|broken|induced "
	    "by <customer>"},
	{RULE_BLAME, HIT, "because_of|due_to|thanks_to|owing_to|because|"
	    "fault_of|the_fault_of|blame_on <actor>"},
	{RULE_BLAME, HIT, "on|at <provider> s? end|side"},
	{RULE_BLAME, HIT, "on_the_part_of <ext>"},
	{RULE_BLAME, HIT, "on|at the|our|my host|hosts|hoster s? end|side"},
	{RULE_BLAME, HIT, "provider|vendor|upstream|host|supplier|carrier|isp "
	    "mandated|initiated|imposed|forced maintenance|reboot|reboots|"
	    "restart|restarts|migration"},
	{RULE_BLAME, HIT, "on|at the? <vendor> s? end|side"},
	/* the fix owed by a supplier, or waited for from one */
	{RULE_BLAME, HIT, "await|awaiting|awaits|awaited|wait_on|waiting_on|"
	    "wait_for|waiting_for|pending|receive|received|yet_to_receive|get|"
	    "getting|got|chasing|chase|hear|heard|hear_back|heard_back ~3 "
	    "fix|fixes|solution|resolution|repair|response|reply|answer|"
	    "feedback|update|updates|word|news|information|details|explanation|"
	    "rfo|report|eta|etr|confirmation|reason ~9 ~3 from <extname>"},
	{RULE_BLAME, HIT, "await|awaiting|awaits|waiting_on|waiting_for|"
	    "wait_for|wait_on|get|getting|got|receive|received|hear|heard ~3 "
	    "update|updates|feedback|response|reply|fix|answer from them"},
	{RULE_BLAME, HIT, "upstream|provider|vendor|supplier|carrier|isp|"
	    "third_party|3rd_party|upstreams|providers|suppliers|carriers s? "
	    "<kind>? fix|fixes|restoration|repair|repairs|resolution|patch|"
	    "workaround|recovery"},
	{RULE_BLAME, HIT, "upstream|upstreams resolved|fixed|restored"},
	{RULE_BLAME, HIT, "upstream|upstreams has|have|is|are ~1 <owns>"},
	{RULE_BLAME, HIT, "reported|escalated|raised|logged|lodged ~3 "
	    "to|with both|the? <extname>"},
	/* "escalated within Neotel", but "reported within the dashboard" */
	{RULE_BLAME, HIT, "escalated|raised|logged|lodged ~3 within the? "
	    "<extname>"},
	{RULE_BLAME, HIT, "reported|escalated|raised|logged|lodged ~3 "
	    "to|with upstream|upstreams"},
	/* users reporting what they see report no fault to anyone */
	{RULE_BLAME, EXCEPT, "reported|report|reporting experiencing|seeing|"
	    "having|getting|receiving|encountering|issues|problems|errors|"
	    "delays|slowness|trouble"},
	{RULE_BLAME, HIT, "contacted|contacting|asked|pushed|pressed|chased "
	    "<extname> ~4 for a|an|the fix|resolution|solution|repair"},
	{RULE_BLAME, HIT, "<vendor> ~3 <owns>"},
	{RULE_BLAME, HIT, "narrowed|narrowing|traced|tracked ~4 down_to|to ~5 "
	    "<name>"},
	{RULE_BLAME, HIT, "<capname> ~2 informed_us|told_us|notified_us|"
	    "advised_us|phoned|called_us|tell_us|have_told_us|has_told_us|"
	    "let_us_know"},
	{RULE_BLAME, HIT, "for a|the fix|resolution|solution|repair and|but? "
	    "are|am|is? still? awaiting|waiting|await"},
	{RULE_BLAME, HIT, "<outsider> ~2 <owns>"},
	{RULE_BLAME, HIT, "<capname> ~2 have|has|sent|dispatched|sending|"
	    "are_sending|is_sending ~2 technician|technicians|engineer|"
	    "engineers|crew|crews"},
	/* a named company's side, staff or outage */
	{RULE_BLAME, HIT, "<vendor> <kind>? engineers|engineer|technicians|"
	    "technician|team|crew|crews|staff|noc|service_desk|helpdesk"},
	/* working with them is neutral: "in collaboration with the AWS
	   team" */
	{RULE_BLAME, EXCEPT, "working|work|worked|collaborating|collaboration|"
	    "coordinating|partnering|engaged|engaging|in_contact|in_touch|"
	    "together with the? <vendor> <kind>? engineers|engineer|team|"
	    "teams|staff|support|support_team"},
	{RULE_BLAME, HIT, "<capname> s engineers|engineer|technicians|"
	    "technician|"
	    "team|teams|crew|crews|staff|noc|service_desk|helpdesk|side|end|"
	    "network|networks|backbone|datacenter|data_center|datacentre|"
	    "data_centre|facility|premises|equipment|infrastructure|fault|"
	    "outage|failure|line|lines|cable|cables|remediation|"
	    "remediation_efforts|fix|repair|repairs"},
	{RULE_BLAME, HIT, "on|at|within|in the? <name> s? side|end|network|"
	    "networks|backbone"},
	/* "in the TTC data center" says where, not whose fault */
	{RULE_BLAME, HIT, "on|at|within the? <name> s? datacenter|data_center|"
	    "datacentre|data_centre"},
	{RULE_BLAME, EXCEPT, "our|my|your <Name> <Name>? <kind>? engineers|"
	    "engineer|technicians|technician|team|crew|crews|staff|noc|"
	    "service_desk|helpdesk|datacenter|data_center|datacentre|"
	    "data_centre|"
	    "network|networks"},
	{RULE_BLAME, HIT, "a|an major|minor|widespread|ongoing|large|partial|"
	    "regional|unexpected|unplanned|significant|national|nationwide|"
	    "wider|local|extended? <name> outage|outages|fault|failure|"
	    "failures|"
	    "incident|issue|problem|disruption|interruption"},
	/* "a Fastly world-wide incident", "due to London Links Network going
	   down": a named company's outage with a word between */
	{RULE_BLAME, HIT, "a|an <name> !for|of|to|in|on|at|with|from|about|"
	    "regarding|and|or ~2 outage|outages|incident|fault|"
	    "failure|failures"},
	{RULE_BLAME, HIT, "due_to|because_of|owing_to|caused_by|result_of "
	    "<name> ~2 going_down|going_offline|failing|being_down|outage|"
	    "outages|incident|failure|downtime|maintenance"},
	/* a supplier's work or way of working did it */
	{RULE_BLAME, HIT, "maintenance|works|work|upgrade|upgrades|change|"
	    "changes ~3 by|from <ext>"},
	{RULE_BLAME, HIT, "maintenance|works|work|upgrade|upgrades|change|"
	    "changes ~3 by our|their|the data_center|datacenter|data_centre|"
	    "datacentre|host|hosting|colo|colocation|facility|landlord"},
	{RULE_BLAME, HIT, "failed_to|did_not|didn_t|neglected_to|forgot_to "
	    "inform|notify|warn|tell|alert us"},
	{RULE_BLAME, HIT, "without any? prior|advance notice|warning|"
	    "notification"},
	{RULE_BLAME, HIT, "isp|isps|provider|providers|carrier|carriers|vendor|"
	    "vendors|upstream|supplier|suppliers|third_party s? *? are|is|were|"
	    "was preventing|blocking|breaking|causing|dropping|rejecting|"
	    "failing|filtering"},
	{RULE_BLAME, HIT, "provider|vendor|vendors|upstream|third_party|"
	    "supplier|"
	    "partner|isp|isps|carrier|carriers|providers|external "
	    "specific|related|side|level issue|issues|problem|problems|fault|"
	    "outage|failure"},
	{RULE_BLAME, HIT, "from <ext> that they|it are|is|were|was|have|has|"
	    "had "
	    "currently|now|still|also? experiencing|having|suffering|seeing|"
	    "down|investigating"},
	/* damage done by a third party */
	{RULE_BLAME, HIT, "<outsider> ~3 damaged|damage|cut|severed|struck|hit|"
	    "dug|broke|broken|pile|drove|driven|disconnected|destroyed|"
	    "ruptured|"
	    "pulled"},
	{RULE_BLAME, HIT, "by|from <outsider>"},
	{RULE_BLAME, HIT, "damaged|cut|severed|broken|destroyed|ruptured|"
	    "dug_up|"
	    "struck|hit by a|an|the|some ~2 contractor|contractors|excavator|"
	    "excavators|digger|diggers|builders|crew|workers|vandals|thieves|"
	    "vehicle|car|truck|lorry|motorist|tractor"},
	/* a supplier's hand on our things: "blocked by my hosting provider",
	   "my VPS provider restarted my server" */
	{RULE_BLAME, HIT, "<handled> ~1 by <ext>"},
	{RULE_BLAME, HIT, "<handled> ~1 by the|our|my host|hoster|landlord"},
	{RULE_BLAME, HIT, "<supplier> <handled> our|my|the|a|an|its|their|all|"
	    "some"},
	{RULE_BLAME, HIT, "<provider> changed|swapped|switched|pulled|migrated|"
	    "moved|cut our|my|the|a|an|its|their|all|some"},
	{RULE_BLAME, HIT, "<vendor> changed|cut our|my|the|a|an|its|their|all|"
	    "some"},
	{RULE_BLAME, HIT, "<others> ~1 <wrongly>"},
	/* the say a supplier or an authority has */
	{RULE_BLAME, HIT, "await|awaiting|awaits|waiting_for|waiting_on "
	    "their|its advice|response|reply|fix|feedback|answer|update|"
	    "confirmation|go_ahead|approval"},
	{RULE_BLAME, HIT, "await|awaiting|awaits|waiting_for|waiting_on|"
	    "pending approval|permission|clearance|authorisation|authorization|"
	    "go_ahead|the_go_ahead|the_all_clear|access from the? <extname>"},
	{RULE_BLAME, HIT, "at_the_request_of|at_the_direction_of|"
	    "on_the_instructions_of|on_the_instruction_of|on_the_orders_of|"
	    "on_the_advice_of|as_instructed_by|as_directed_by|as_requested_by|"
	    "on_request_of <extname>"},
	{RULE_BLAME, HIT, "<extcap> ~2 accepts|accepted|takes|took|"
	    "has_accepted|have_accepted|has_taken|have_taken full|complete|"
	    "total? responsibility"},
	{RULE_BLAME, HIT, "their ~3 eta|etr"},
	{RULE_BLAME, HIT, "<capname> does_not|doesn_t|did_not|didn_t|do_not|"
	    "don_t|has_no|have_no|had_no ~3 eta|etr|estimate|timeframe|"
	    "time_frame|timeline|estimated_time"},
	{RULE_BLAME, HIT, "<capname> advises|advised|says|said|states|stated|"
	    "reports|reported|confirms|confirmed:"},
	/* a supplier's news relayed */
	{RULE_BLAME, HIT, "according_to|as_per|as_reported_by|as_advised_by|"
	    "as_confirmed_by <extname>"},
	{RULE_BLAME, HIT, "according_to|as_per|per <site>"},
	{RULE_BLAME, HIT, "per <vendor>"},
	{RULE_BLAME, HIT, "per <provider>"},
	{RULE_BLAME, HIT, "per|according_to|as_per our|the|my upstream|"
	    "upstreams"},
	{RULE_BLAME, HIT, "<ext> <extdoes>"},
	{RULE_BLAME, HIT, "<capname> reports|reported|announced|advises|"
	    "advised|states|stated|says|said|confirms|confirmed|indicates|"
	    "indicated !within|in|on|at|by|for|from|during|across|between|over|"
	    "under|since|after|before ~1 that|they|it|service|services|a|an|"
	    "the|"
	    "power"},
	{RULE_BLAME, HIT, "statement|statements|notification|notice|"
	    "confirmation|word|news|message|response|reply|feedback|update|"
	    "updates|advisory|all_clear from|by the? <extname>"},
	{RULE_BLAME, HIT, "statement|statements|notification|notice|"
	    "confirmation|word|news|message|response|reply|feedback from|by "
	    "<site>"},
	{RULE_BLAME, HIT, "heard|heard_back|came_back|got_back|received_word|"
	    "got_word from the? <extname>"},
	{RULE_BLAME, HIT, "heard|heard_back|came_back|got_back|received_word|"
	    "got_word from <site>"},
	/* a supplier sent, or needed, to repair */
	{RULE_BLAME, HIT, "they|he|she have|has|had sent|dispatched "
	    "crews|technicians|engineers|a_technician|an_engineer|a_crew"},
	{RULE_BLAME, HIT, "they|he|she <mistake>"},
	{RULE_BLAME, HIT, "they|he|she <bad>"},
	/* the fix waited on: chased, pressed, not yet given */
	{RULE_BLAME, HIT, "chased|chasing|pressing|pressed|nudged|nudging the|"
	    "our|my? <ext>"},
	{RULE_BLAME, HIT, "chased|chasing|pressing|pressed|pushing|nudged|"
	    "nudging them ~2 for|again|on"},
	{RULE_BLAME, HIT, "who|which|they are|is|has|have|had yet_to|still_to "
	    "~2 give|provide|send|confirm|respond|reply|share|fix|restore|"
	    "resolve|deliver|update"},
	{RULE_BLAME, HIT, "not_been|not_yet_been|yet_to_be received|given|"
	    "provided|confirmed from|by <extname>"},
	{RULE_BLAME, HIT, "reported|escalated|raised|logged|lodged|opened|"
	    "reopened|filed ~3 to|with them"},
	{RULE_BLAME, HIT, "reopened|opened|opening|filed|filing|submitted|"
	    "submitting|raised|raising|logged|logging our|a|the|an ~1 "
	    "case|ticket|support_case|support_ticket|fault_report with "
	    "<extname>"},
	/* the word of a supplier waited for: "until we hear from Microsoft" */
	{RULE_BLAME, HIT, "until|till|before|waiting_to|wait_to|awaiting_word|"
	    "waiting_for_word we? hear|hear_back more? from <extname>"},
	/* the fix put with a supplier: "a correction from our hosting
	   provider will be necessary" */
	{RULE_BLAME, HIT, "fix|correction|patch|action|intervention|repair|"
	    "change from|by <ext> ~3 necessary|needed|required"},
	/* a supplier causing it: "via one of our transit providers, which is
	   causing some disruption" */
	{RULE_BLAME, HIT, "<ext> which|that|who is|was|are|were|has_been|"
	    "have_been? causing|caused|causes"},
	/* load from a named party: "a high volume of traffic from Spotify" */
	{RULE_BLAME, HIT, "volume|surge|spike|flood|burst|wave|amount of ~1 "
	    "traffic|requests|calls|load from|by <ext>"},
	/* the fault reported to a supplier: "We have notified our storage
	   service partner" */
	{RULE_BLAME, HIT, "notified|alerted <ext>"},
	{RULE_BLAME, HIT, "notified|asked|instructed|requested|told|urged|"
	    "pushed|pressed <ext> to resume|restore|fix|repair|resolve|"
	    "reinstate|unblock|re_enable|lift|reset|replace|reboot|restart"},
	/* the fault located at a supplier */
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|disruption|incident|incidents|fault|faults|error|"
	    "errors|misconfiguration|crashing|crash|change|changes|downtime "
	    "at|with|within|from|on|in <provider>"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|disruption|incident|incidents|fault|faults|error|"
	    "errors|downtime at|with|within|from|on|in <third>"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|disruption|incident|incidents|fault|faults|error|"
	    "errors|crashing|crash ~1 at|with|within|in the|an|our external "
	    "service|services|host|hosting"},
	{RULE_BLAME, HIT, "experienced|suffered|encountered|reported|made|"
	    "performed|carried_out|done|returned by <ext>"},
	/* the fix made by someone else: "services have now been restored by
	   Microsoft", "MetroNet has resolved the issues" */
	{RULE_BLAME, HIT, "restored|resolved|fixed|repaired|rectified "
	    "upstream? "
	    "by <extname>"},
	{RULE_BLAME, HIT, "<name> company|devs|developers? has|have|had? "
	    "now|since|quickly? resolved|fixed|restored|repaired|rectified"},
	{RULE_BLAME, HIT, "<capname> company|devs|developers? has|have|had "
	    "now|since|quickly? resolved|fixed|restored|repaired|rectified"},
	/* the fix waited on from someone else */
	{RULE_BLAME, HIT, "wait|waiting|await|awaiting|until|til|till "
	    "<ext> ~2 to? resolve|fix|restore|repair|complete|resolves|"
	    "fixes|restores|repairs|completes"},
	{RULE_BLAME, HIT, "until|til|till they resolve|fix|restore|repair|"
	    "resolves|fixes|restores|repairs"},
	{RULE_BLAME, HIT, "wait|waiting|await|awaiting|until|til|till "
	    "the? <name> devs|developers|engineers|staff|folks|company ~1 to? "
	    "resolve|fix|restore|repair|complete|resolves|fixes|restores|"
	    "repairs|completes"},
	/* the power utility is a supplier: its power restored, or not */
	{RULE_BLAME, HIT, "utility_power|utility_service|grid_power ~4 "
	    "restored|returned|returns|back"},

	{RULE_BLAME, HIT, "<provider> s *? network|networks|backbone|"
	    "datacenter|"
	    "data_center|datacentre|data_centre|infrastructure|equipment|"
	    "servers|systems|platform|api|service|services|nameservers|outage|"
	    "fault|failure|maintenance|engineers|technicians|team|staff|change|"
	    "changes|routers|router|hardware"},
	{RULE_BLAME, HIT, "<capname> s nameservers|name_servers|api|apis|"
	    "platform|routers|router|cdn|dns|maintenance|change|changes|"
	    "deployment"},
	{RULE_BLAME, HIT, "problem|issue|fault|culprit|blame|cause is|was|lies|"
	    "lay|rests|belongs ~1 with|to|in? my|our|the|their <provider>"},
	{RULE_BLAME, HIT, "problem|issue|issues|fault|outage|culprit|cause is|"
	    "was|lies|lay|seems_to_be|appears_to_be|is_considered|"
	    "was_considered "
	    "~1 at|with|on <vendor>"},
	{RULE_BLAME, HIT, "resolved|fixed|restored|recovered at|on_the_side_of "
	    "<vendor>"},
	{RULE_BLAME, HIT, "something|something_s|anything|what_s|things "
	    "wrong|up|amiss with|at <supplier>"},
	{RULE_BLAME, HIT, "arising|arises|arose|stemming|stems|stemmed|"
	    "originating|originates|originated|coming|resulting|resulted from "
	    "<ext>"},
	{RULE_BLAME, HIT, "<ext> has|have|had ~1 posted|published|issued|"
	    "released|put_out ~2 advisory|statement|notice|bulletin|"
	    "announcement"},
	{RULE_BLAME, HIT, "on|at|with|from some|several|multiple|other|certain|"
	    "various providers|carriers|isps|upstreams|transit_providers"},
	{RULE_BLAME, HIT, "according_to their|its status_page|statement|"
	    "announcement|notice|support|engineers|team"},
	{RULE_BLAME, HIT, "instructions|instruction|orders|order|request|"
	    "direction|advice from|of the? <ext>"},
	{RULE_BLAME, HIT, "<outsider> <vfault>"},
	/* a tracker's item and a monitor's reading are no one's fault: "a
	   GitHub issue tracking this incident", "as per Uptime-Robot" */
	{RULE_BLAME, EXCEPT, "github|gitlab issue|issues|ticket|tickets|pr|"
	    "prs"},
	{RULE_BLAME, EXCEPT, "per|as_per|according_to|reported_by|"
	    "as_reported_by "
	    "uptime|uptimerobot|pingdom|statuscake|updown|betteruptime|"
	    "better_uptime|freshping|site24x7|uptrends|our_monitoring"},
	/* a supplier named as where customers are affected: "an issue with
	   Apple iOS notifications", as "delays to Verizon subscribers" */
	{RULE_BLAME, EXCEPT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|delays|errors with|at|on|for|to|affecting|"
	    "impacting? <vendor> ios|android|devices|device|users|customers|"
	    "subscribers|accounts|notifications|phones|browsers|addresses|"
	    "numbers|cards|card_payments"},
	/* our own trucks and vans sent out are no outsiders */
	{RULE_BLAME, EXCEPT, "fuel|delivery|repair|service|generator "
	    "truck|trucks|lorry|lorries|van|vans"},
	{RULE_BLAME, HIT, "belongs_to|lies_with|rests_with|sits_with|lay_with "
	    "the? <ext>"},
	{RULE_BLAME, HIT, "as_a_result_of|resulting_from|following|after "
	    "<provider> ~1 experiencing|having|suffering|suffered|experienced|"
	    "had"},
	{RULE_BLAME, HIT, "as_a_result_of|resulting_from|following|after "
	    "<third> ~1 experiencing|having|suffering|suffered|experienced|"
	    "had"},
	{RULE_BLAME, HIT, "change|changes|update|upgrade|maintenance|"
	    "misconfiguration on|at their|its end|side"},
	{RULE_BLAME, HIT, "due_to|because_of|owing_to|thanks_to|as_a_result_of|"
	    "caused_by|after <outsider>"},
	{RULE_BLAME, HIT, "asking|asked|requesting|requested|asking_for|"
	    "asked_for|requested_for|request|ask_for more|further|additional? "
	    "details|information|explanation|rfo|report|update|updates|answers|"
	    "clarification from|to|of <ext>"},
	{RULE_BLAME, HIT, "fault|blame|problem|responsibility ~2 belongs_to|"
	    "lies_with|rests_with|sits_with the? <ext>"},
	{RULE_BLAME, HIT, "fire|flood|flooding|explosion|blaze|outage|outages|"
	    "failure|incident|disruption|issue|issues|problem|problems at|in|"
	    "with the|a|an ~1 <vendor>"},
	{RULE_BLAME, HIT, "datacenter|data_center|datacentre|data_centre|"
	    "facility|colo|dc that|which hosts|houses|host|house|holds"},
	{RULE_BLAME, HIT, "track|tracking|trace|tracing|narrow|narrowing ~4 "
	    "down_to|to ~5 <name>"},
	{RULE_BLAME, HIT, "announced|announcement from|by <extname>"},
	/* a named company's work or event */
	{RULE_BLAME, HIT, "<name> <namedoes>"},
	{RULE_BLAME, HIT, "<provider> <namedoes>"},
	/* customers' load named: "a surge in the number of customer
	   requests" */
	{RULE_BLAME, HIT, "surge|spike|flood|burst|wave|increase in|of the? "
	    "number_of|volume_of? customer|customers|client|clients "
	    "requests|traffic|imports|uploads|jobs|queries"},
	{RULE_BLAME, EXCEPT, "with|via|through|using|to|from|for|into|on|of|in|"
	    "and|or|across|behind|between|like|than|including|use|uses|over|"
	    "about|contacted|contacting|engaged|engaging <vendor> !s|side|end|"
	    "engineers|technicians|team|staff|outage|outages|datacenter|"
	    "data_center|network|resolved|fixed|restored|which|that|who"},
	{RULE_BLAME, EXCEPT, "with|via|through|using|to|for|into|on|of|in|"
	    "and|or|across|behind|between|like|than|including|use|uses|over|"
	    "about|contacted|contacting|engaged|engaging <provider> !s|fix|"
	    "restoration|repair|resolution|resolved|fixed|restored|has|have|"
	    "is|are|which|that|who"},

	/* what customers need to read */
	{RULE_BROKEN, PRESENT, "error|errors|erroring|5xx|4xx|500|502|503|504|"
	    "unavailable|unavailability|slow|slower|slowness|slowly|sluggish|"
	    "latency|latencies|delay|delays|delayed|lag|lagging|fail|fails|"
	    "failing|failed|failure|failures|degraded|degradation|cannot|"
	    "can_not|can_t|couldn_t|could_not|unable|timeout|timeouts|time_out|"
	    "times_out|timing_out|timed_out|down|downtime|outage|outages|"
	    "disruption|disrupted|interrupted|interruption|broken|inaccessible|"
	    "unreachable|unresponsive|intermittent|intermittently|not_working|"
	    "not_loading|not_load|not_receiving|not_being|not_available|"
	    "not_responding|missing|lost|stuck|hanging|hang|hangs|crash|"
	    "crashes|"
	    "crashing|rejected|dropped|incorrect|wrong|stale|duplicate|"
	    "duplicated|offline|404|impaired|impacted|affected|problems|"
	    "trouble|difficulty|difficulties|not_able|isn_t_working|"
	    "aren_t_working|don_t_work|doesn_t_work|won_t|unexpected|"
	    "out_of_date|outdated|inconsistent|late|denied|forbidden|refused"},
	{RULE_DOING, PRESENT, "investigating|investigate|investigation|"
	    "investigated|looking_into|look_into|identified|identifying|"
	    "working_on|working_to|working_with|working_around|work_on|"
	    "rolling_back|rolled_back|roll_back|rollback|rolling|reverting|"
	    "reverted|"
	    "revert|monitoring|monitor|mitigating|mitigated|mitigation|"
	    "mitigate|"
	    "deploying|deployed|deploy|a_fix|the_fix|fixed|fixing|resolved|"
	    "resolving|restoring|restored|restore|restarting|restarted|"
	    "failing_over|failed_over|failover|fail_over|scaling|scaled|"
	    "adding|added|rerouting|rerouted|diverting|diverted|draining|"
	    "drained|"
	    "applying|applied|implementing|implemented|recovering|escalated|"
	    "engaged|replacing|replaced|repairing|repaired|patching|patched|"
	    "disabled|disabling|throttling|blocking|blocked|migrating|migrated|"
	    "in_progress|underway|debugging|diagnosing|analyzing|analysing|"
	    "testing|validating|verifying|reviewing|addressing|tracking|"
	    "watching|observing|rebuilding|rebuilt|reprocessing|processing_the|"
	    "clearing|cleared|working_through|catching_up|recovered|"
	    "restoration|recovery|fix|remediation|remediating|correcting|"
	    "corrected|stopped|paused|pausing|halted|switched|switching|"
	    "rate_limited|rate_limiting|rebuild|replace|repair|patch|migrate|"
	    "clear|drain|reroute|restart|roll_out|rolling_out|correct|renewing|"
	    "renewed|updating|upgrading|rebooting|rebooted|reverting|releasing|"
	    "released|preparing|refreshing|expediting|prioritizing|"
	    "prioritising|coordinating|collaborating|engaging|contacted|"
	    "working|work"},
	{RULE_WORKAROUND, PRESENT, "workaround|workarounds|work_around|"
	    "you_can|customers_can|users_can|you_may_retry|in_the_meantime|"
	    "meantime|meanwhile|retry|retrying|retries|retried|try_again|"
	    "no_action|no_need|not_need|t_need|need_not|nothing_you_need|"
	    "we_recommend|we_suggest|recommend|suggest|alternatively|instead|"
	    "avoid*|refresh*|reload*|fall_back|fallback|switch_to|until_then|"
	    "can_be|can_still|can_use|can_continue|unaffected|not_affected|"
	    "still_available|remain_available|remains_available|use_the|use_a|"
	    "use_our|use_your|"
	    "safe_to|please_use|please_try|please_switch|please_wait|"
	    "please_do_not|please_don_t|please_log|please_sign|please_clear|"
	    "please_check|please_contact|please_reach|contact_support|"
	    "contact_our|nothing_to_do|not_required|isn_t_required|"
	    "is_not_required|no_further_action|resubmit|re_run|rerun|"
	    "re_send|resend|will_be_retried|are_retried|re_queued|requeued|"
	    "will_be_delivered|will_be_processed|not_lost|no_data"},

	/* when the next update comes: the first of these is the promise */
	{RULE_NEXT, PRESENT, "update|updates|report|news ~6 in|within|after|"
	    "every|around|about <dur>"},
	{RULE_NEXT, PRESENT, "update|updates|report|news ~6 by|at|around|"
	    "before|after <when>"},
	{RULE_NEXT, PRESENT, "update|updates ~3 <dur> from_now"},
	{RULE_NEXT, PRESENT, "next update|updates|report"},
	/* once resolved: was data lost, is service fully back */
	{RULE_DATA, PRESENT, "data|lost|loss|losing|lose|intact|preserved|"
	    "backfilled|backfill|dropped|discarded|recovered|corrupted|"
	    "corruption"},
	{RULE_RESTORED, PRESENT, "restored|resolved|recovered|normal|normally|"
	    "operational|back_up|back_online|fully|working_as_expected|healthy|"
	    "stable|back_to_normal|functioning"},

	/* a code name, as updates name internal projects ("project Falcon") */
	{RULE_INTERNAL, HIT, "codename|codenamed|code_name|code_named|project|"
	    "internally_known_as|internally_called|internally_named <Cap>"},
};

static const char update_words[] = "update|updates|updated|report|reports|"
    "postmortem|mortem|retrospective|review|summary|details|"
    "information|communication|news|monitor|monitoring|watch|watching|"
    "observe|observing|writeup|rfo|rca|statement|announcement|notice|"
    "explanation|touch|notify|notified|contacted|respond|reply|"
    "publish|published|share|shared|post|posted|follow|provided";
static const char res_words[] = "fix|fixed|fixes|resolve|resolved|resolution|"
    "restore|restored|restoration|recover|recovered|recovery|back|normal|"
    "available|live|deployed|deploy|deployment|complete|completed|completes|"
    "done|operational|online|working|finished|finish|rollback|rolled|"
    "mitigated|mitigation|functional|running";
static const char future_words[] = "will|ll|shall|expect|expects|expected|"
    "expecting|anticipate|anticipated|should|going|aim|aiming|aims|plan|"
    "planning|plans|hope|hoping|hopes|estimate|estimated|target|targeting|"
    "intend|intending|scheduled|may|might|can";
static const char cond_words[] = "when|once|if|after|until|whenever|upon";
static const char past_words[] = "had|was|were|did|didn|been|ago|took|lasted|"
    "experienced|suffered|encountered|went|came|failed|crashed|caused|"
    "migrated|gave|told|revised|interfered|affected|impacted|reported|"
    "began|begun|started|saw|seen|noticed|observed|detected|received|"
    "occurred|happened|spiked|peaked|rose|fell|dropped|returned|recovered|"
    "completed|finished|ended|stopped|ceased|subsided|could|yesterday|"
    "earlier|previously|initially|rolled|reverted|deployed|restored|"
    "mitigated|applied|fixed|resolved|worked";

/* A code point of NUL-terminated text known to be valid UTF-8. */
static unsigned long
decode(const char *s, size_t *len)
{
	unsigned long c;

	if (*s > 0) /* ASCII */
		return *len = 1, (unsigned long)*s;
	*len = inc__utf8_next(&c, s, strnlen(s, 4));
	return c;
}

enum { C_WORD, C_SPACE, C_NEWLINE, C_JOIN, C_STOP, C_PUNCT };

static int
classify(unsigned long c)
{
	if (c < 0x80) {
		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || c == '_')
			return C_WORD;
		if (c == '\n')
			return C_NEWLINE;
		if (c <= 0x20 || c == 0x7f)
			return C_SPACE; /* control characters too */
		if (c == '~')
			return C_SPACE; /* "~30 minutes" is about 30 minutes */
		if (c == '-' || c == '\'')
			return C_JOIN;
		if (c == '.' || c == '!' || c == '?' || c == ';')
			return C_STOP;
		return C_PUNCT;
	}
	if (c <= 0xa0 || c == 0xad || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
	    (c >= 0x205f && c <= 0x206f) || c == 0x3000 || c == 0xfeff)
		return C_SPACE; /* C1 controls, odd spaces, invisible marks */
	if (c == 0x2010 || c == 0x2011 || c == 0x2018 || c == 0x2019 ||
	    c == 0x02bc || c == 0xb4)
		return C_JOIN; /* an acute accent too, typed for an apostrophe */
	if (c == 0x2026 || c == 0x3002 || c == 0xff01 || c == 0xff1f)
		return C_STOP;
	if ((c >= 0xa1 && c <= 0xbb && c != 0xaa && c != 0xb5 && c != 0xba) ||
	    c == 0xbf ||
	    c == 0xd7 || c == 0xf7 || (c >= 0x2012 && c <= 0x2017) ||
	    (c >= 0x201a && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) ||
	    (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3001 && c <= 0x3003) ||
	    (c >= 0x1f000 && c <= 0x1faff))
		return C_PUNCT;
	return C_WORD;
}

static int
class_at(const char *s, size_t *len)
{
	return *s ? classify(decode(s, len)) : (*len = 0, C_PUNCT);
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Are the n bytes at s all digits, and some? */
static int
digits_span(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && is_digit(s[i]); i++)
		;
	return n > 0 && i == n;
}

static int
push_token(struct lint *l, size_t start, size_t end, int joined,
    int sentence)
{
	if (l->ntok == l->tokcap) {
		size_t cap = l->tokcap ? l->tokcap * 2 : 256;
		struct token *t = realloc(l->tok, cap * sizeof(*t));

		if (!t)
			return inc__fail(INC_ERROR, "out of memory");
		l->tok = t;
		l->tokcap = cap;
	}
	l->tok[l->ntok].start = start;
	l->tok[l->ntok].end = end;
	l->tok[l->ntok].joined = joined && !sentence;
	l->tok[l->ntok].sentence = sentence;
	l->ntok++;
	return 0;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The bytes of a web address at s ("https://..."), or 0. */
static size_t
url_at(const char *s)
{
	size_t n;

	if (strncasecmp(s, "http://", 7) && strncasecmp(s, "https://", 8))
		return 0;
	for (n = 0; s[n] && !blank(s[n]) && s[n] != '<' && s[n] != '>' &&
	    s[n] != '"'; n++)
		;
	while (n > 0 && strchr(".,;:!?)]'", s[n - 1]))
		n--; /* the sentence's, not the address's */
	return n;
}

/*
 * The bytes of a name in parentheses at s, after the '(' ("Linode)",
 * "ISP)", "PG&E)"): one word that starts with a capital; else 0.
 */
static size_t
paren_name(const char *s)
{
	size_t n;

	if (!(*s >= 'A' && *s <= 'Z'))
		return 0;
	for (n = 1; n < 32 && (is_digit(s[n]) || ((s[n] | 0x20) >= 'a' &&
	    (s[n] | 0x20) <= 'z') || s[n] == '&' || s[n] == '-'); n++)
		;
	return s[n] == ')' ? n + 1 : 0;
}

/* Are the bytes of the token t digits only? */
/*
 * An aside in parentheses after a name, that says what the name is:
 * "MetroNet (the campus' internet provider) experienced", "Inteliquent
 * (one of our upstream voice providers) had an issue". Left out, as a
 * name in parentheses is, so that the name meets its verb. At most 64
 * bytes, inside one sentence; name: the token before it.
 */
static size_t
paren_aside(const char *name, const char *s)
{
	size_t n;

	if (!(*name >= 'A' && *name <= 'Z'))
		return 0;
	for (n = 0; n < 64 && s[n] && s[n] != ')' && s[n] != '(' &&
	    s[n] != '.' && s[n] != '!' && s[n] != '?' && s[n] != '\n'; n++)
		;
	return n > 0 && s[n] == ')' ? n + 1 : 0;
}

/*
 * An aside between commas that names what was just said, or says what a
 * name is: "My webhost, HostGator, experienced", "Fastly, our CDN
 * provider, had". Left out, as an aside in parentheses is. Either a
 * lower-case word then one to four capitalised words ("Our cloud
 * provider, Amazon Web Services, experienced"), or a capitalised
 * word then words that begin "a", "an", "the", "our", "my" or "one of";
 * at most 64 bytes inside one sentence, and a word after the second
 * comma. The bytes after the first comma, up to the second's space;
 * else 0. prev: the token before the first comma.
 */
static size_t
comma_aside(const char *prev, const char *s)
{
	static const char *const what[] = {"a ", "an ", "the ", "our ", "my ",
	    "one of ", NULL};
	size_t n, words = 0;
	int cap = *prev >= 'A' && *prev <= 'Z', name = 1;

	if (*s++ != ' ')
		return 0;
	for (n = 0; n < 64 && s[n] && !strchr(",.!?;:()\n", s[n]); n++)
		if (s[n] == ' ')
			words++;
		else if ((n == 0 || s[n - 1] == ' ') && !(s[n] >= 'A' &&
		    s[n] <= 'Z'))
			name = 0;
	if (n == 0 || s[n] != ',' || s[n + 1] != ' ' ||
	    !((s[n + 2] | 0x20) >= 'a' && (s[n + 2] | 0x20) <= 'z'))
		return 0;
	if (!cap && name && words <= 3)
		return n + 2;
	for (const char *const *w = what; cap && *w; w++)
		if (!strncasecmp(s, *w, strlen(*w)))
			return n + 2;
	return 0;
}

/*
 * Does a clause of what something led to follow a comma (", which is
 * causing", ", resulting in")? The comma then joins, so that the thing
 * named meets what it caused.
 */
static int
effect_follows(const char *s)
{
	static const char *const words[] = {"which is causing ",
	    "which was causing ", "which caused ", "which causes ",
	    "which resulted in ", "which results in ", "which led to ",
	    "causing ", "resulting in ", "leading to ", "overwhelming ",
	    "overloading ", NULL};

	if (*s++ != ' ')
		return 0;
	for (const char *const *w = words; *w; w++)
		if (!strncasecmp(s, *w, strlen(*w)))
			return 1;
	return 0;
}

static int
all_digits(const struct lint *l, size_t t)
{
	return digits_span(l->text + l->tok[t].start,
	    l->tok[t].end - l->tok[t].start);
}

/*
 * Words and numbers, and what lies between them: white space joins two
 * tokens, and so does a hyphen or apostrophe inside a word ("root-cause",
 * "AWS's"), a dash between two numbers ("24 - 48 hours") and the colon
 * after a label ("Root cause: ..."); other punctuation does not. A
 * sentence ends at . ! ? or ; before a space, at a blank line and before
 * a bullet. A web address is one token, its scheme ("https"): the words
 * of its path are no prose. A name in parentheses after a word is left
 * out, as an aside ("our hosting provider (Linode) has fixed"): the words
 * around it are joined; so is an aside between commas (comma_aside()),
 * and a comma before what something led to joins (effect_follows()).
 */
static int
tokenize(struct lint *l)
{
	const char *s = l->text;
	size_t i = 0, len, start, next;
	int joined = 0, sentence = 1, newlines = 0, line_start = 1, cls;
	unsigned long c;

	while (s[i]) {
		c = decode(s + i, &len);
		cls = classify(c);
		if (cls == C_WORD && (next = url_at(s + i))) {
			if (push_token(l, i, i + (s[i + 4] == ':' ? 4 : 5), joined,
			    sentence) < 0)
				return INC_ERROR;
			i += next;
			joined = 0, sentence = 0, newlines = 0, line_start = 0;
			continue;
		}
		if (cls == C_WORD) {
			start = i;
			while (s[i]) {
				c = decode(s + i, &len);
				if (classify(c) == C_WORD) {
					i += len;
				} else if ((c == '.' || c == ':' || c == ',') &&
				    is_digit(s[i - 1]) && is_digit(s[i + 1])) {
					i++; /* 1.5, 17:00, 1,000 */
				} else {
					break;
				}
			}
			if (push_token(l, start, i, joined, sentence) < 0)
				return INC_ERROR;
			joined = 1, sentence = 0, newlines = 0, line_start = 0;
			continue;
		}
		if (c == '(' && joined && l->ntok &&
		    ((next = paren_name(s + i + 1)) ||
		    (next = paren_aside(s + l->tok[l->ntok - 1].start,
		    s + i + 1)))) {
			i += 1 + next;
			continue;
		}
		if (c == ',' && joined && l->ntok &&
		    l->tok[l->ntok - 1].end == i &&
		    (next = comma_aside(s + l->tok[l->ntok - 1].start,
		    s + i + 1))) {
			i += 1 + next;
			continue;
		}
		if (c == ',' && joined && effect_follows(s + i + 1)) {
			i++; /* "a backlog, which is causing delays" */
			continue;
		}
		if (cls == C_NEWLINE) {
			if (++newlines >= 2)
				sentence = 1;
			line_start = 1;
		} else if (cls == C_SPACE || (cls == C_JOIN && l->ntok &&
		    l->tok[l->ntok - 1].end == i &&
		    class_at(s + i + len, &next) == C_WORD) ||
		    ((c == '-' || c == 0x2013) && joined && l->ntok &&
		    all_digits(l, l->ntok - 1) &&
		    is_digit(s[i + len + strspn(s + i + len, " ")])) ||
		    (c == ':' && l->ntok && l->tok[l->ntok - 1].end == i &&
		    blank(s[i + 1]))) {
			/*
			 * a space, a joiner inside a word, a dash between
			 * numbers (24 - 48, 20–30), a label's colon
			 */
		} else {
			joined = 0;
			if (cls == C_STOP && class_at(s + i + len, &next) !=
			    C_WORD)
				sentence = 1;
			if (line_start && (c == '-' || c == '*' || c == '+' ||
			    c == 0x2022))
				sentence = 1; /* a bullet */
			line_start = 0;
		}
		i += len;
	}
	return 0;
}

/* Can the token at t be taken next? */
static int
takes(const struct lint *l, size_t t, int first)
{
	return t < l->ntok && (first || l->tok[t].joined);
}

static int
digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && is_digit(s[i]); i++)
		;
	return (int)i;
}

/* The shapes of tokens a class in angle brackets may name. */
static int
token_is(const struct lint *l, size_t t, const char *name, size_t n)
{
	const char *s = l->text + l->tok[t].start;
	size_t len = l->tok[t].end - l->tok[t].start, i = 0;
	int d;

	if (n == 6 && !strncmp(name, "digits", 6)) {
		/* 30, 1.5, 1,000, 1½ */
		for (i = 0; i < len; i++)
			if (i > 0 && i + 2 == len && (unsigned char)s[i] == 0xc2 &&
			    (unsigned char)s[i + 1] >= 0xbc &&
			    (unsigned char)s[i + 1] <= 0xbe)
				i++;
			else if (!is_digit(s[i]) && s[i] != '.' && s[i] != ',')
				return 0;
		return 1;
	}
	if (n == 6 && !strncmp(name, "hour12", 6)) {
		d = digits(s, len);
		return (d == 1 || d == 2) && (size_t)d == len &&
		    atoi(s) >= 1 && atoi(s) <= 12;
	}
	if (n == 8 && !strncmp(name, "clocktok", 8)) {
		/* 17:00, 5:30pm, 17:00:00Z, 5pm, 17h00, 9.30pm, 20.00hrs */
		int dot;
		d = digits(s, len);
		if (d < 1 || d > 2 || atoi(s) > 24)
			return 0;
		i = (size_t)d;
		dot = i < len && s[i] == '.';
		if (i < len && (s[i] == ':' || s[i] == 'h' || s[i] == 'H' ||
		    dot)) {
			if (digits(s + i + 1, len - i - 1) != 2 ||
			    atoi(s + i + 1) > 59)
				return 0;
			i += 3;
			if (i < len && s[i] == ':' &&
			    digits(s + i + 1, len - i - 1) == 2)
				i += 3;
		} else if (i == len) {
			return 0;
		}
		if (i == len) /* 9.30 alone is a number */
			return !dot;
		return (len - i == 2 && (!strncasecmp(s + i, "am", 2) ||
		    !strncasecmp(s + i, "pm", 2))) ||
		    (len - i == 3 && !strncasecmp(s + i, "hrs", 3)) ||
		    (len - i == 1 && (s[i] == 'z' || s[i] == 'Z')) ||
		    (len - i == 3 && !strncasecmp(s + i, "utc", 3));
	}
	if (n == 7 && !strncmp(name, "ordinal", 7)) {
		/* 1st, 2nd, 13th: a day of the month */
		d = digits(s, len);
		return (d == 1 || d == 2) && len == (size_t)d + 2 &&
		    atoi(s) >= 1 && atoi(s) <= 31 &&
		    (!strncasecmp(s + d, "st", 2) || !strncasecmp(s + d, "nd", 2) ||
		    !strncasecmp(s + d, "rd", 2) || !strncasecmp(s + d, "th", 2));
	}
	if (n == 7 && !strncmp(name, "numunit", 7)) {
		/* 30m, 2h, 90min, 1.5hrs */
		static const char *const units[] = {"m", "min", "mins", "h",
		    "hr", "hrs", NULL};
		d = digits(s, len);
		if (d < 1)
			return 0;
		i = (size_t)d;
		if (i < len && s[i] == '.' && digits(s + i + 1, len - i - 1))
			i += 1 + (size_t)digits(s + i + 1, len - i - 1);
		for (int u = 0; units[u]; u++)
			if (len - i == strlen(units[u]) &&
			    !strncasecmp(s + i, units[u], len - i))
				return 1;
		return 0;
	}
	return -1;
}

static int
add_span(struct lint *l, enum rule rule, int extend, size_t first,
    size_t last, size_t start, size_t end)
{
	if (l->nhit == l->hitcap) {
		size_t cap = l->hitcap ? l->hitcap * 2 : 32;
		struct span *h = realloc(l->hit, cap * sizeof(*h));

		if (!h)
			return inc__fail(INC_ERROR, "out of memory");
		l->hit = h;
		l->hitcap = cap;
	}
	l->hit[l->nhit].first = first;
	l->hit[l->nhit].last = last;
	l->hit[l->nhit].start = start;
	l->hit[l->nhit].end = end;
	l->hit[l->nhit].rule = rule;
	l->hit[l->nhit].extend = extend;
	l->nhit++;
	return 0;
}

static unsigned
wflags(const struct lint *l, size_t t)
{
	return l->word[t] ? l->word[t]->flags : 0;
}

static int word_in(const struct lint *l, size_t t, const char *const *words);
static int estimate_promised(const struct lint *l, size_t last);

/*
 * Is token t a label the update starts a sentence with ("Update:",
 * "UPDATE - ", "Update 14:05 UTC:", "Update (Feb 4th):"), not words about
 * the next update?
 */
static int
update_label(const struct lint *l, size_t t)
{
	static const char *const update[] = {"update", "updated", NULL};
	const char *p = l->text + l->tok[t].end;

	if (l->sent[t] != t || !word_in(l, t, update))
		return 0;
	while (*p == ' ')
		p++;
	return *p == ':' || *p == '-' || *p == '(' || is_digit(*p);
}

/*
 * A time about the next update, a report or how long we watch is no
 * ETA ("next update in 30 minutes", "a post-mortem tomorrow"), unless a
 * fix is mentioned between them ("an update when it is back, in 30
 * minutes").
 */
static int
about_update(const struct lint *l, size_t first, size_t last)
{
	size_t from = l->sent[first], t, i;
	int res;

	for (t = first; t <= last; t++)
		if (wflags(l, t) & W_RES)
			return 0;
	/*
	 * "back to normal within the hour; updates..." is an ETA, but "an
	 * update when we see recovery or in an hour" is not: a fix after
	 * "when" or "once" is the condition of an update
	 */
	for (i = 1, res = 0; i <= 8 && first >= from + i; i++) {
		t = first - i;
		if (wflags(l, t) & W_RES)
			res = 1;
		else if (res && (wflags(l, t) & W_COND))
			res = 0;
		else if ((wflags(l, t) & W_UPDATE) && !update_label(l, t))
			return !res;
	}
	if (res)
		return 0;
	for (t = first; t <= last; t++)
		if (wflags(l, t) & W_UPDATE)
			return 1;
	for (t = last + 1; t < l->ntok && t <= last + 8 && !l->tok[t].sentence;
	    t++) {
		if (wflags(l, t) & W_RES)
			break;
		if (wflags(l, t) & W_UPDATE)
			return 1;
	}
	return estimate_promised(l, last);
}

/*
 * Does the sentence go on to promise an estimate rather than a fix
 * ("within the next 24 hours, ..., we will provide an estimated
 * restoration schedule")?
 */
static int
estimate_promised(const struct lint *l, size_t last)
{
	static const char *const give[] = {"provide", "give", "share", "post",
	    "publish", "send", "issue", "offer", "communicate", NULL};
	static const char *const estimate[] = {"schedule", "timeline",
	    "timeframe", "estimate", "eta", "etr", NULL};
	size_t t, u;

	for (t = last + 1; t < l->ntok && t <= last + 24 &&
	    !l->tok[t].sentence; t++)
		if (word_in(l, t, give))
			for (u = t + 1; u < l->ntok && u <= t + 5 &&
			    l->tok[u].joined; u++)
				if (word_in(l, u, estimate))
					return 1;
	return 0;
}

/* Is the sentence told in the past ("by 14:05 errors had dropped")? */
static int
in_the_past(const struct lint *l, size_t t)
{
	return !(l->tense[t] & W_FUTURE) && (l->tense[t] & W_PAST);
}

/*
 * The index, made once: for each word, the patterns whose match can
 * start at it (and what the word is: W_RES and the like); apart, the
 * patterns that can start at a number, and at anything (and, merged,
 * each word's own with these: starts[]).
 */
#define BUCKETS 2048
static struct entry *buckets[BUCKETS];
static struct {
	unsigned short *ids;
	size_t n, cap;
} any_start, digit_start, cap_start;
/* the patterns that can start at a word the index does not know */
static unsigned short *unknown_starts[3];
static size_t unknown_nstarts[3];
static int indexed;

static unsigned
hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)lower((unsigned char)*s++)) * 16777619u;
	return h % BUCKETS;
}

static struct entry *
entry_of(const char *s, size_t n, int create)
{
	struct entry *e;
	unsigned h = hash(s, n);

	for (e = buckets[h]; e; e = e->next)
		if (e->len == n && !strncasecmp(e->word, s, n))
			return e;
	if (!create || !(e = calloc(1, sizeof(*e))))
		return NULL;
	if (!(e->word = strndup(s, n))) {
		free(e);
		return NULL;
	}
	e->len = n;
	e->next = buckets[h];
	buckets[h] = e;
	return e;
}

static int
push_id(unsigned short **ids, size_t *n, size_t *cap, size_t id)
{
	if (*n && (*ids)[*n - 1] == id)
		return 0;
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 8;
		unsigned short *grown = realloc(*ids, c * sizeof(**ids));

		if (!grown)
			return -1;
		*ids = grown, *cap = c;
	}
	(*ids)[(*n)++] = (unsigned short)id;
	return 0;
}

/*
 * A pattern, compiled once (see compile()): its elements in a row, the
 * last OP_END. A list of words is a bit in the index entry of each of its
 * words (struct entry's in[]); its phrases, several words in a row
 * ("a_b") or a prefix ("wor*"), are matched word by word.
 */
enum op_kind {
	OP_END, OP_WORDS, OP_NOT, OP_STOP, OP_SKIP, OP_ANY, OP_SHAPE, OP_CLASS
};

/* The shapes of tokens: see token_is(). */
enum { SHAPE_DIGITS = 1, SHAPE_HOUR12 = 2, SHAPE_CLOCK = 4, SHAPE_NUMUNIT = 8,
	SHAPE_CAP = 16, SHAPE_NAME = 32, SHAPE_LABEL = 64, SHAPE_ORDINAL = 128,
	SHAPE_NUMBER = 15 | SHAPE_ORDINAL };

struct pword {
	struct entry *entry;       /* the word, or NULL for a prefix: */
	const char *prefix;        /* its len bytes, the '*' left out */
	size_t len;
};

struct phrase {
	struct pword *word;
	size_t n;
};

struct op {
	enum op_kind kind;
	int optional;          /* X? */
	int colon;             /* OP_WORDS: a label's word, ':' after it */
	unsigned id;           /* OP_WORDS, OP_NOT: its bit in in[] */
	unsigned skip;         /* OP_SKIP: up to so many tokens */
	unsigned shape;        /* OP_SHAPE: a SHAPE_ */
	int cls;               /* OP_CLASS: the class, or -1 */
	struct entry **words;  /* OP_WORDS, OP_NOT: its words of one token */
	size_t nwords;
	struct phrase *phrase; /* and the others */
	size_t nphrase;
	unsigned first_id;     /* the bit in in[] of their first words */
	int prefix_first;      /* one of them starts with a prefix */
};

/*
 * What follows a match, element by element; a continuation with no rest
 * collects where a class's match ends instead (see class_ends()).
 */
struct cont {
	const struct op *rest;
	const struct cont *next;
	uint32_t *ends;   /* no rest: bit i, an end i tokens from base */
	size_t base;
};

/*
 * The ends of a class's matches at a token, as class_ends() found them:
 * a class is often tried at the same token by several patterns, and by
 * the paths of one.
 */
#define MEMO_SLOTS 4096
struct memo {
	size_t t;
	int cls;       /* -1: empty */
	int first;
	uint32_t ends;
};

#define NPATTERNS (sizeof(patterns) / sizeof(patterns[0]))
#define NCLASSES (sizeof(classes) / sizeof(classes[0]))
static struct op *pattern_ops[NPATTERNS];
static struct op **class_ops[NCLASSES]; /* each alternative; NULL ends */

/* Has the token at t's word the bit id? */
static int
has_bit(const struct lint *l, size_t t, unsigned id)
{
	const struct entry *w = l->word[t];

	return w && (w->in[id / 8] & (1u << (id % 8)));
}

/* Can one of o's phrases start at t? */
static int
phrase_start(const struct lint *l, size_t t, const struct op *o)
{
	return o->nphrase && t < l->ntok && (o->prefix_first ||
	    has_bit(l, t, o->first_id));
}

/* How many tokens from t the phrase takes, or 0. */
static size_t
phrase_match(const struct lint *l, size_t t, int first,
    const struct phrase *ph)
{
	const struct pword *w;
	const struct token *k;

	for (size_t i = 0; i < ph->n; i++) {
		if (!takes(l, t + i, first && i == 0))
			return 0;
		w = &ph->word[i];
		k = &l->tok[t + i];
		if (w->entry ? l->word[t + i] != w->entry :
		    k->end - k->start < w->len ||
		    strncasecmp(l->text + k->start, w->prefix, w->len))
			return 0;
	}
	return ph->n;
}

/*
 * Where a match can start: a pattern's id goes into the ids of each word
 * it can start at (or of any_start, digit_start); a class's first words
 * get its bit in their in[] (or it is marked any, digit, or empty: it
 * may take nothing).
 */
struct firsts {
	size_t id;   /* the pattern's, or the class's bit in in[] */
	int cls;     /* or the class's, not -1 */
	int any, digit, cap, empty;
};

static struct firsts class_firsts[NCLASSES];

static size_t class_span[NCLASSES]; /* the most tokens it takes */
/*
 * The patterns are indexed in the order of their rule and kind, each
 * (rule, kind)'s ids in a row, [range_lo, range_hi): a pattern's id is
 * its place in that order (by_id[] gives its place in patterns[]), so
 * that find() looks at the ids of one rule and kind only.
 */
static unsigned short by_id[NPATTERNS];
static size_t range_lo[RULES][KIND + 1], range_hi[RULES][KIND + 1];
static uint32_t class_ends(const struct lint *l, int cls, size_t t,
    int first);

/* Can a match of the class start at t (see index_firsts())? */
static int
class_start(const struct lint *l, size_t t, const struct firsts *f)
{
	return f->any || f->empty || (f->digit && (l->shape[t] &
	    SHAPE_NUMBER)) || (f->cap && (l->shape[t] & SHAPE_CAP)) ||
	    has_bit(l, t, (unsigned)f->id);
}

/*
 * The furthest token the pattern o, then what k holds, can end before
 * when it starts at token t; -1 when it does not match. first: nothing
 * taken yet.
 */
static long
match(const struct lint *l, const struct op *o, const struct cont *k,
    size_t t, int first)
{
	long best = -1, r;
	size_t used, i;

	if (o->kind == OP_END) {
		if (k && !k->rest) {
			if (t - k->base < 32)
				*k->ends |= (uint32_t)1 << (t - k->base);
			return -1;
		}
		if (k)
			return match(l, k->rest, k->next, t, first);
		return first ? -1 : (long)t;
	}
	if (o->optional)
		best = match(l, o + 1, k, t, first);
	switch (o->kind) {
	case OP_NOT:
		if (takes(l, t, first) && has_bit(l, t, o->id))
			return best;
		for (i = 0; phrase_start(l, t, o) && i < o->nphrase; i++)
			if (phrase_match(l, t, first, &o->phrase[i]))
				return best;
		return match(l, o + 1, k, t, first);
	case OP_STOP:
		if (first || takes(l, t, 0))
			return best;
		return match(l, o + 1, k, t, first);
	case OP_SKIP:
		for (used = 0; used <= o->skip; used++) {
			if (used && (first || !takes(l, t + used - 1, 0)))
				break;
			if ((r = match(l, o + 1, k, t + used, first)) > best)
				best = r;
		}
		return best;
	case OP_ANY:
		if (takes(l, t, first) &&
		    (r = match(l, o + 1, k, t + 1, 0)) > best)
			best = r;
		return best;
	case OP_SHAPE:
		if (takes(l, t, first) && (l->shape[t] & o->shape) &&
		    (r = match(l, o + 1, k, t + 1, 0)) > best)
			best = r;
		return best;
	case OP_CLASS:
		if (!takes(l, t, first) || o->cls < 0 || !class_start(l, t,
		    &class_firsts[o->cls]))
			return best;
		if (class_span[o->cls] < 32) {
			uint32_t ends = class_ends(l, o->cls, t, first);

			for (used = 0; ends >> used; used++)
				if ((ends >> used & 1) && (r = match(l, o + 1, k,
				    t + used, first && !used)) > best)
					best = r;
		} else {
			struct cont then = {o + 1, k, NULL, 0};

			for (struct op **alt = class_ops[o->cls]; *alt; alt++)
				if ((r = match(l, *alt, &then, t, first)) > best)
					best = r;
		}
		return best;
	case OP_WORDS:
		if (takes(l, t, first) && has_bit(l, t, o->id) && (!o->colon ||
		    (l->shape[t] & SHAPE_LABEL)) &&
		    (r = match(l, o + 1, k, t + 1, 0)) > best)
			best = r;
		for (i = 0; phrase_start(l, t, o) && i < o->nphrase; i++)
			if ((used = phrase_match(l, t, first, &o->phrase[i])) &&
			    (!o->colon || (l->shape[t + used - 1] & SHAPE_LABEL)) &&
			    (r = match(l, o + 1, k, t + used, 0)) > best)
				best = r;
		return best;
	case OP_END:
		break;
	}
	return best;
}

static int
first_word(struct firsts *f, struct entry *w)
{
	if (f->cls < 0)
		return push_id(&w->ids, &w->n, &w->cap, f->id);
	w->in[f->id / 8] |= (unsigned char)(1u << (f->id % 8));
	return 0;
}

/*
 * Where the matches of the class starting at t end, as bits: bit i, i
 * tokens on. Each path through the class is followed to its end once,
 * and what follows the class is then tried once an end, not once a path.
 */
static uint32_t
class_ends(const struct lint *l, int cls, size_t t, int first)
{
	struct memo *m = &l->memo[((size_t)cls * 7919 + t * 2 + (size_t)!!first) %
	    MEMO_SLOTS];
	uint32_t ends = 0;
	struct cont collect = {NULL, NULL, &ends, t};

	if (m->cls == cls && m->t == t && m->first == !!first)
		return m->ends;
	for (struct op **alt = class_ops[cls]; *alt; alt++)
		match(l, *alt, &collect, t, first);
	m->cls = cls, m->t = t, m->first = !!first, m->ends = ends;
	return ends;
}

/* The most tokens a match of o takes; SIZE_MAX/2 and more: too many. */
static size_t
span_of(const struct op *o)
{
	size_t n = 0, most, i;

	for (; o->kind != OP_END; o++) {
		switch (o->kind) {
		case OP_WORDS:
			for (i = 0, most = o->nwords ? 1 : 0; i < o->nphrase; i++)
				if (o->phrase[i].n > most)
					most = o->phrase[i].n;
			n += most;
			break;
		case OP_SKIP:
			n += o->skip;
			break;
		case OP_ANY:
		case OP_SHAPE:
			n++;
			break;
		case OP_CLASS:
			n += o->cls < 0 ? 0 : class_span[o->cls];
			break;
		case OP_NOT:
		case OP_STOP:
		case OP_END:
			break;
		}
		if (n > SIZE_MAX / 2)
			return SIZE_MAX / 2;
	}
	return n;
}

/* Every word a match of o (then what k holds) can start at, into f. */
static int
index_firsts(const struct op *o, const struct cont *k, struct firsts *f)
{
	struct entry *w;

	if (o->kind == OP_END) {
		if (k)
			return index_firsts(k->rest, k->next, f);
		f->empty = 1;
		return 0;
	}
	if (o->optional && index_firsts(o + 1, k, f) < 0)
		return -1;
	switch (o->kind) {
	case OP_NOT:
	case OP_STOP:
	case OP_SKIP:
		return o->optional ? 0 : index_firsts(o + 1, k, f);
	case OP_ANY:
		f->any = 1;
		return f->cls >= 0 ? 0 : push_id(&any_start.ids, &any_start.n,
		    &any_start.cap, f->id);
	case OP_SHAPE:
		if (o->shape & (SHAPE_CAP | SHAPE_NAME)) {
			f->cap = 1;
			return f->cls >= 0 ? 0 : push_id(&cap_start.ids,
			    &cap_start.n, &cap_start.cap, f->id);
		}
		f->digit = 1;
		return f->cls >= 0 ? 0 : push_id(&digit_start.ids,
		    &digit_start.n, &digit_start.cap, f->id);
	case OP_CLASS:
		if (o->cls >= 0) {
			struct cont then = {o + 1, k, NULL, 0};

			for (struct op **alt = class_ops[o->cls]; *alt; alt++)
				if (index_firsts(*alt, &then, f) < 0)
					return -1;
		}
		return 0;
	case OP_WORDS:
		for (size_t i = 0; i < o->nwords; i++)
			if (first_word(f, o->words[i]) < 0)
				return -1;
		for (size_t i = 0; i < o->nphrase; i++) {
			if (o->phrase[i].word &&
			    (w = o->phrase[i].word[0].entry)) {
				if (first_word(f, w) < 0)
					return -1;
				continue;
			}
			f->any = 1;
			if (f->cls < 0 && push_id(&any_start.ids, &any_start.n,
			    &any_start.cap, f->id) < 0)
				return -1;
		}
		return 0;
	case OP_END:
		break;
	}
	return 0;
}

static unsigned nbits; /* bits of in[] given out */

/* A list of words, '|' between them, from a to e, into o. */
static int
compile_words(struct op *o, const char *a, const char *e)
{
	const char *bar, *w, *u, *end;
	struct entry *entry;
	struct phrase *ph;
	struct pword *pw;
	size_t n, wn, alts = 1;

	if (nbits >= MAX_ELEMS)
		return -1;
	o->id = nbits++;
	for (w = a; w < e; w++)
		alts += *w == '|';
	if (!(o->words = calloc(alts, sizeof(*o->words))) ||
	    !(o->phrase = calloc(alts, sizeof(*o->phrase))))
		return -1;
	for (; a < e; a = bar + 1) {
		if (!(bar = memchr(a, '|', (size_t)(e - a))))
			bar = e;
		if (!(n = (size_t)(bar - a)))
			continue; /* "a||b": nothing matches it */
		if (!memchr(a, '_', n) && a[n - 1] != '*') {
			if (!(entry = entry_of(a, n, 1)))
				return -1;
			entry->in[o->id / 8] |= (unsigned char)(1u << (o->id % 8));
			o->words[o->nwords++] = entry;
			continue;
		}
		ph = &o->phrase[o->nphrase++];
		for (w = a, wn = 1; w < a + n; w++)
			wn += *w == '_';
		if (!(ph->word = calloc(wn, sizeof(*ph->word))))
			return -1;
		for (w = a, end = a + n; w < end; w = u ? u + 1 : end) {
			u = memchr(w, '_', (size_t)(end - w));
			wn = u ? (size_t)(u - w) : (size_t)(end - w);
			pw = &ph->word[ph->n++];
			pw->prefix = w, pw->len = wn, pw->entry = NULL;
			if (wn > 1 && w[wn - 1] == '*')
				pw->len--;
			else if (!(pw->entry = entry_of(w, wn, 1)))
				return -1;
		}
	}
	if (!o->nphrase)
		return 0;
	if (nbits >= MAX_ELEMS)
		return -1;
	o->first_id = nbits++;
	for (size_t i = 0; i < o->nphrase; i++)
		if (!o->phrase[i].word || !(entry = o->phrase[i].word[0].entry))
			o->prefix_first = 1;
		else
			entry->in[o->first_id / 8] |= (unsigned char)(1u <<
			    (o->first_id % 8));
	return 0;
}

/* The pattern p compiled, in *out. */
static int
compile(struct op **out, const char *p)
{
	static const struct {
		const char *name;
		unsigned shape;
	} shapes[] = {{"digits", SHAPE_DIGITS}, {"hour12", SHAPE_HOUR12},
	    {"clocktok", SHAPE_CLOCK}, {"numunit", SHAPE_NUMUNIT},
	    {"ordinal", SHAPE_ORDINAL}, {"Cap", SHAPE_CAP}, {"Name", SHAPE_NAME}};
	struct op *ops = *out, *o;
	const char *e, *next;
	size_t n = 0, name, i;

	for (;; p = next) {
		while (*p == ' ')
			p++;
		if (!(o = realloc(ops, (n + 1) * sizeof(*o))))
			return -1;
		*out = ops = o; /* kept however it ends: made once */
		o = &ops[n++];
		memset(o, 0, sizeof(*o));
		o->kind = OP_END, o->cls = -1;
		if (!*p)
			break;
		next = e = p + strcspn(p, " ");
		if ((o->optional = e[-1] == '?'))
			e--;
		if ((o->colon = e[-1] == ':'))
			e--;
		if (*p == '!') {
			o->kind = OP_NOT;
			if (compile_words(o, p + 1, e) < 0)
				return -1;
		} else if (*p == '$' && e - p == 1) {
			o->kind = OP_STOP;
		} else if (*p == '~') {
			o->kind = OP_SKIP, o->skip = (unsigned)(p[1] - '0');
		} else if (*p == '*' && e - p == 1) {
			o->kind = OP_ANY;
		} else if (*p == '<') {
			o->kind = OP_CLASS;
			name = (size_t)(e - p - 2);
			for (i = 0; i < sizeof(shapes) / sizeof(shapes[0]); i++)
				if (strlen(shapes[i].name) == name &&
				    !strncmp(shapes[i].name, p + 1, name))
					o->kind = OP_SHAPE, o->shape = shapes[i].shape;
			for (i = 0; o->kind == OP_CLASS && i < NCLASSES; i++)
				if (strlen(classes[i].name) == name &&
				    !strncmp(classes[i].name, p + 1, name))
					o->cls = (int)i;
			if (o->kind == OP_CLASS && o->cls < 0)
				return -2; /* no such class, or "<a>|<b>" */
		} else if (memchr(p, '<', (size_t)(e - p))) {
			return -2; /* "word|<class>": a class stands alone */
		} else {
			o->kind = OP_WORDS;
			if (compile_words(o, p, e) < 0)
				return -1;
		}
	}
	return 0;
}

static int
index_flags(const char *words, unsigned flag)
{
	struct entry *w;

	for (const char *a = words, *bar; *a; a = bar ? bar + 1 : a +
	    strlen(a)) {
		bar = strchr(a, '|');
		if (!(w = entry_of(a, bar ? (size_t)(bar - a) : strlen(a), 1)))
			return -1;
		w->flags |= flag;
	}
	return 0;
}

/*
 * The union of the ids lists a word's patterns can start at, its own and
 * any_start, and digit_start too for a number (kind 1), cap_start for a
 * capitalised word (kind 2), ascending, into starts[kind]; for a word the
 * index does not know, w is NULL.
 */
static int
merge_starts(struct entry *w, unsigned short **starts, size_t *count,
    int kind)
{
	const unsigned short *lists[3] = {w ? w->ids : NULL, any_start.ids,
	    kind == 1 ? digit_start.ids : cap_start.ids};
	const size_t lens[3] = {w ? w->n : 0, any_start.n, kind == 1 ? digit_start.n :
	    kind == 2 ? cap_start.n : 0};
	size_t at[3] = {0, 0, 0}, n = 0, i, best;
	unsigned short *ids = malloc((lens[0] + lens[1] + lens[2] + 1) *
	    sizeof(*ids));

	if (!ids)
		return -1;
	for (;;) {
		for (i = 0, best = 3; i < 3; i++)
			if (at[i] < lens[i] && (best == 3 ||
			    lists[i][at[i]] < lists[best][at[best]]))
				best = i;
		if (best == 3)
			break;
		if (!n || ids[n - 1] != lists[best][at[best]])
			ids[n++] = lists[best][at[best]];
		at[best]++;
	}
	*starts = ids, *count = n;
	return 0;
}

/* Why compile() failed: out of memory (-1), or a pattern miswritten (-2). */
static int
bad_pattern(int rc, const char *text)
{
	if (rc == -2)
		return inc__fail(INC_ERROR, "lint pattern names no class: %s",
		    text);
	return inc__fail(INC_ERROR, "out of memory");
}

static int
make_index(void)
{
	size_t c, i, n;
	int rc;

	if (indexed)
		return 0;
	for (c = 0; c < NCLASSES; c++) {
		for (n = 0; classes[c].alts[n]; n++)
			;
		if (!class_ops[c] && !(class_ops[c] = calloc(n + 1,
		    sizeof(*class_ops[c]))))
			return inc__fail(INC_ERROR, "out of memory");
		for (i = 0; i < n; i++)
			if ((rc = compile(&class_ops[c][i],
			    classes[c].alts[i])) < 0)
				return bad_pattern(rc, classes[c].alts[i]);
	}
	/* spans, class by class, until none grows (a cycle: too many) */
	for (int grew = 1, rounds = 0; grew && rounds < 64; rounds++)
		for (c = 0, grew = 0; c < NCLASSES; c++)
			for (i = 0; class_ops[c][i]; i++)
				if (span_of(class_ops[c][i]) > class_span[c])
					class_span[c] = span_of(class_ops[c][i]),
					    grew = 1;
	for (c = 0; c < NCLASSES; c++) {
		struct firsts *f = &class_firsts[c];

		memset(f, 0, sizeof(*f));
		if (nbits >= MAX_ELEMS)
			return inc__fail(INC_ERROR, "out of memory");
		f->id = nbits++, f->cls = (int)c;
		for (i = 0; class_ops[c][i]; i++)
			if (index_firsts(class_ops[c][i], NULL, f) < 0)
				return inc__fail(INC_ERROR, "out of memory");
	}
	n = 0;
	for (int r = 0; r < RULES; r++)
		for (int kind = 0; kind <= KIND; kind++) {
			range_lo[r][kind] = n;
			for (i = 0; i < NPATTERNS; i++)
				if ((int)patterns[i].rule == r &&
				    (patterns[i].flags & KIND) == kind)
					by_id[n++] = (unsigned short)i;
			range_hi[r][kind] = n;
		}
	for (i = 0; i < NPATTERNS; i++) {
		struct firsts f = {i, -1, 0, 0, 0, 0};

		if ((rc = compile(&pattern_ops[i],
		    patterns[by_id[i]].text)) < 0)
			return bad_pattern(rc, patterns[by_id[i]].text);
		if (index_firsts(pattern_ops[i], NULL, &f) < 0)
			return inc__fail(INC_ERROR, "out of memory");
	}
	if (index_flags(res_words, W_RES) < 0 ||
	    index_flags(update_words, W_UPDATE) < 0 ||
	    index_flags(future_words, W_FUTURE) < 0 ||
	    index_flags(past_words, W_PAST) < 0 ||
	    index_flags(cond_words, W_COND) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	for (int digit = 0; digit < 3; digit++) {
		if (merge_starts(NULL, &unknown_starts[digit],
		    &unknown_nstarts[digit], digit) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		for (c = 0; c < BUCKETS; c++)
			for (struct entry *w = buckets[c]; w; w = w->next)
				if (!w->n) {
					w->starts[digit] = unknown_starts[digit];
					w->nstarts[digit] = unknown_nstarts[digit];
				} else if (merge_starts(w, &w->starts[digit],
				    &w->nstarts[digit], digit) < 0) {
					return inc__fail(INC_ERROR, "out of "
	    "memory");
				}
	}
	indexed = 1;
	return 0;
}

/*
 * Does the token t follow a word on its line, as a name does inside a
 * sentence ("with Linode", "(Linode)"), not a line's start or a quote's?
 */
static int
inside_line(const struct lint *l, size_t t)
{
	size_t i = l->tok[t].start;

	while (i > 0 && (l->text[i - 1] == ' ' || l->text[i - 1] == '\t'))
		i--;
	if (i == 0)
		return 0;
	i--;
	return is_digit(l->text[i]) || ((l->text[i] | 0x20) >= 'a' &&
	    (l->text[i] | 0x20) <= 'z') || l->text[i] == ',' ||
	    l->text[i] == '(' || l->text[i] == '/';
}

/* Is the token t one of the words (NULL-ended)? */
static int
word_in(const struct lint *l, size_t t, const char *const *words)
{
	size_t n = l->tok[t].end - l->tok[t].start;

	for (; *words; words++)
		if (strlen(*words) == n &&
		    !strncasecmp(l->text + l->tok[t].start, *words, n))
			return 1;
	return 0;
}

/*
 * What the token t tells of its sentence's tense (W_FUTURE, W_PAST): a
 * word of the future told as past is past ("was expected to", "had
 * planned", "longer than expected", "should have been"), and so is one
 * told as a thing ("the estimated repair time was 4 hours"); "going" is
 * of the future only before "to", "can" only before "be" ("it can be
 * fixed soon").
 */
static unsigned char
tense_of(const struct lint *l, size_t t, size_t from)
{
	static const char *const before[] = {"was", "were", "had", "been",
	    "than", "the", "an", "a", NULL};
	static const char *const modal[] = {"should", "may", "might", "will",
	    NULL};
	static const char *const have[] = {"have", NULL};
	static const char *const going[] = {"going", NULL};
	static const char *const to[] = {"to", NULL};
	static const char *const can[] = {"can", NULL};
	static const char *const be[] = {"be", NULL};
	unsigned f = wflags(l, t) & (W_FUTURE | W_PAST);

	if (!(f & W_FUTURE))
		return (unsigned char)f;
	if (word_in(l, t, going) && !(t + 1 < l->ntok && l->tok[t + 1].joined &&
	    word_in(l, t + 1, to)))
		return 0; /* "the servers going down" */
	if (word_in(l, t, can) && !(t + 1 < l->ntok && l->tok[t + 1].joined &&
	    word_in(l, t + 1, be)))
		return 0; /* "a process that can take up to 24 hours" */
	if ((t > from && l->tok[t].joined && word_in(l, t - 1, before)) ||
	    (t + 1 < l->ntok && l->tok[t + 1].joined && word_in(l, t, modal) &&
	    word_in(l, t + 1, have)))
		return W_PAST;
	return (unsigned char)f;
}

/* The patterns that can start at token t, ascending (make_index()). */
static size_t
candidates(const struct lint *l, size_t t, const unsigned short **ids)
{
	const struct entry *w = l->word[t];
	int digit = is_digit(l->text[l->tok[t].start]) ? 1 :
	    l->shape[t] & SHAPE_CAP ? 2 : 0;

	*ids = w ? w->starts[digit] : unknown_starts[digit];
	return w ? w->nstarts[digit] : unknown_nstarts[digit];
}

/*
 * Each token's word in the index, its sentence and the sentence's tense,
 * and the patterns that can start at it.
 */
static int
prepare(struct lint *l)
{
	size_t t, u, from;
	unsigned char tense;

	if (make_index() < 0)
		return INC_ERROR;
	l->word = calloc(l->ntok + 1, sizeof(*l->word));
	l->sent = calloc(l->ntok + 1, sizeof(*l->sent));
	l->tense = calloc(l->ntok + 1, 1);
	l->shape = calloc(l->ntok + 1, 1);
	l->memo = malloc(MEMO_SLOTS * sizeof(*l->memo));
	l->cand = calloc(l->ntok + 1, sizeof(*l->cand));
	l->ncand = calloc(l->ntok + 1, sizeof(*l->ncand));
	if (!l->word || !l->sent || !l->tense || !l->shape || !l->memo ||
	    !l->cand || !l->ncand)
		return inc__fail(INC_ERROR, "out of memory");
	for (t = 0; t < MEMO_SLOTS; t++)
		l->memo[t].cls = -1;
	for (t = 0; t < l->ntok; t++) {
		unsigned long c;
		size_t len;

		l->word[t] = entry_of(l->text + l->tok[t].start,
		    l->tok[t].end - l->tok[t].start, 0);
		c = decode(l->text + l->tok[t].start, &len);
		/* a capital, accented ones too (Ørsted) */
		if (inc__fold(c) != c && l->tok[t].end - l->tok[t].start >= 2)
			l->shape[t] = l->tok[t].sentence || !inside_line(l, t) ?
			    SHAPE_CAP : SHAPE_CAP | SHAPE_NAME;
		if (l->text[l->tok[t].end] == ':')
			l->shape[t] |= SHAPE_LABEL;
		if (!is_digit(l->text[l->tok[t].start]))
			continue;
		l->shape[t] = (unsigned char)(
		    (token_is(l, t, "digits", 6) == 1 ? SHAPE_DIGITS : 0) |
		    (token_is(l, t, "hour12", 6) == 1 ? SHAPE_HOUR12 : 0) |
		    (token_is(l, t, "clocktok", 8) == 1 ? SHAPE_CLOCK : 0) |
		    (token_is(l, t, "numunit", 7) == 1 ? SHAPE_NUMUNIT : 0) |
		    (token_is(l, t, "ordinal", 7) == 1 ? SHAPE_ORDINAL : 0));
	}
	for (from = 0; from < l->ntok; from = t) {
		tense = 0;
		for (t = from; t < l->ntok && (t == from || !l->tok[t].sentence);
		    t++)
			tense |= tense_of(l, t, from);
		for (u = from; u < t; u++)
			l->sent[u] = from, l->tense[u] = tense;
	}
	for (t = 0; t < l->ntok; t++)
		l->ncand[t] = candidates(l, t, &l->cand[t]);
	return 0;
}

/* The first of the n ascending ids that is lo or more. */
static size_t
first_id(const unsigned short *ids, size_t n, size_t lo)
{
	size_t a = 0, b = n, m;

	while (a < b) {
		m = a + (b - a) / 2;
		if (ids[m] < lo)
			a = m + 1;
		else
			b = m;
	}
	return a;
}

/* Each match of the patterns of one kind and rule, as spans. */
static int
find(struct lint *l, enum rule rule, int kind)
{
	const unsigned short *ids;
	const struct pattern *p;
	size_t i, t, n, lo = range_lo[rule][kind], hi = range_hi[rule][kind];
	long end;

	if (lo == hi)
		return 0;
	for (t = 0; t < l->ntok; t++) {
		ids = l->cand[t], n = l->ncand[t];
		if (!n || ids[n - 1] < lo || ids[0] >= hi)
			continue;
		for (i = first_id(ids, n, lo); i < n && ids[i] < hi; i++) {
			p = &patterns[by_id[ids[i]]];
			if ((end = match(l, pattern_ops[ids[i]], NULL, t, 1)) <=
			    (long)t)
				continue;
			if ((p->flags & PAST) && in_the_past(l, t))
				continue;
			if ((p->flags & UPDATE) &&
			    about_update(l, t, (size_t)end - 1))
				continue;
			if (add_span(l, rule, kind == EXTEND, t, (size_t)end - 1,
			    l->tok[t].start, l->tok[end - 1].end) < 0)
				return INC_ERROR;
		}
	}
	return 0;
}

static int
word_byte(const char *text, size_t at)
{
	size_t len;

	return class_at(text + at, &len) == C_WORD;
}


/* The start of the UTF-8 character before byte i. */
static size_t
back_one(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80);
	return i;
}

/*
 * Does name start at byte i of text, as whole words (ASCII letters in
 * either case, a run of white space for a run of white space)? Its
 * length in the text goes to *n.
 */
static int
name_at(const char *text, size_t i, const char *name, size_t *n)
{
	size_t j = i, k = 0;

	while (name[k]) {
		if (blank(name[k]) && !name[k + strspn(name + k, " \t\n\r")])
			break; /* blanks that end the name */
		if (blank(name[k])) {
			if (!blank(text[j]))
				return 0;
			while (blank(name[k]))
				k++;
			while (blank(text[j]))
				j++;
		} else if (text[j] && lower(text[j]) == lower(name[k])) {
			j++, k++;
		} else {
			return 0;
		}
	}
	if (j == i)
		return 0;
	if (i > 0 && word_byte(name, 0) && word_byte(text, back_one(text, i)))
		return 0;
	if (word_byte(name, back_one(name, k)) && word_byte(text, j))
		return 0;
	*n = j - i;
	return 1;
}

/* The names not to blame, as found in the text. */
static int
find_names(struct lint *l, const char *const *names)
{
	const char *text = l->text, *name;
	size_t i, n, len, first, last;

	for (; names && *names; names++) {
		name = *names + strspn(*names, " \t\n\r");
		if (!*name)
			continue;
		for (i = 0; text[i]; i += len) {
			decode(text + i, &len);
			if (!name_at(text, i, name, &n))
				continue;
			for (first = 0; first < l->ntok &&
			    l->tok[first].end <= i; first++)
				;
			for (last = first; last + 1 < l->ntok &&
			    l->tok[last + 1].start < i + n; last++)
				;
			if (first == l->ntok)
				continue;
			if (add_span(l, RULE_BLAME, 0, first, last, i, i + n) < 0)
				return INC_ERROR;
		}
	}
	return 0;
}

static int
by_start(const void *va, const void *vb)
{
	const struct span *a = va, *b = vb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->rule != b->rule)
		return a->rule < b->rule ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Do two spans overlap, or follow each other with only spaces between? */
static int
adjoin(const struct lint *l, const struct span *a, const struct span *b)
{
	if (a->first > b->first)
		return adjoin(l, b, a);
	return b->first <= a->last ||
	    (b->first == a->last + 1 && l->tok[b->first].joined);
}

static void
unite(struct span *a, const struct span *b)
{
	if (b->first < a->first)
		a->first = b->first;
	if (b->last > a->last)
		a->last = b->last;
	if (b->start < a->start)
		a->start = b->start;
	if (b->end > a->end)
		a->end = b->end;
}

static int
by_first(const void *va, const void *vb)
{
	const struct span *a = va, *b = vb;

	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return a->last < b->last ? -1 : a->last > b->last;
}

/*
 * Spans from 'from' on that adjoin are united, in one sweep over them
 * sorted; a united span that holds no finding (only what EXTEND found)
 * is dropped.
 */
static void
merge(struct lint *l, size_t from)
{
	size_t i, n = from;

	if (l->nhit - from > 1)
		qsort(l->hit + from, l->nhit - from, sizeof(l->hit[0]),
		    by_first);
	for (i = from; i < l->nhit; i++) {
		if (n > from && adjoin(l, &l->hit[n - 1], &l->hit[i])) {
			unite(&l->hit[n - 1], &l->hit[i]);
			l->hit[n - 1].extend &= l->hit[i].extend;
		} else {
			if (n > from && l->hit[n - 1].extend)
				n--;
			l->hit[n++] = l->hit[i];
		}
	}
	if (n > from && l->hit[n - 1].extend)
		n--;
	l->nhit = n;
}

/* The findings of one rule: hits, less exceptions, widened, merged. */
static int
check_rule(struct lint *l, enum rule rule, const char *const *names)
{
	size_t from = l->nhit, hits, i, t, n;
	char *excepted;

	if (find(l, rule, HIT) < 0)
		return INC_ERROR;
	hits = l->nhit;
	if (find(l, rule, EXCEPT) < 0)
		return INC_ERROR;
	if (!(excepted = calloc(l->ntok, 1)))
		return inc__fail(INC_ERROR, "out of memory");
	for (i = hits; i < l->nhit; i++)
		for (t = l->hit[i].first; t <= l->hit[i].last; t++)
			excepted[t] = 1;
	for (i = from, n = from; i < hits; i++)
		if (!excepted[l->hit[i].first])
			l->hit[n++] = l->hit[i];
	free(excepted);
	l->nhit = n;
	if (rule == RULE_BLAME && find_names(l, names) < 0)
		return INC_ERROR;
	if (l->nhit > from && find(l, rule, EXTEND) < 0)
		return INC_ERROR;
	merge(l, from);
	return 0;
}

/*
 * The first match of the rule's PRESENT patterns, in pattern order then
 * text order, as tokens [*first, *end); 0 when there is none.
 */
static int
present(const struct lint *l, enum rule rule, size_t *first, size_t *end)
{
	const unsigned short *ids;
	size_t t, i, n, found = NPATTERNS, lo = range_lo[rule][PRESENT],
	    hi = range_hi[rule][PRESENT];
	long e;

	for (t = 0; t < l->ntok; t++) {
		ids = l->cand[t], n = l->ncand[t];
		for (i = first_id(ids, n, lo); i < n && ids[i] < found &&
		    ids[i] < hi; i++) {
			if (patterns[by_id[ids[i]]].flags != PRESENT ||
			    (e = match(l, pattern_ops[ids[i]], NULL, t, 1)) <=
			    (long)t)
				continue;
			found = ids[i];
			if (first)
				*first = t, *end = (size_t)e;
			if (!first)
				return 1;
		}
	}
	return found < NPATTERNS;
}

/* The value of a number word or numeral token, or -1. */
static double
number_at(const struct lint *l, size_t t)
{
	static const char *const words[] = {"a", "an", "one", "two", "three",
	    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	    "twelve", NULL};
	static const struct {
		const char *w;
		int n;
	} tens[] = {{"fifteen", 15}, {"twenty", 20}, {"thirty", 30},
	    {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"ninety", 90},
	    {"few", 3}, {"several", 3}, {"couple", 2}, {"half", 0}};
	const char *s = l->text + l->tok[t].start;
	size_t n = l->tok[t].end - l->tok[t].start, i;

	if (n && is_digit(*s) && token_is(l, t, "digits", 6) == 1)
		return atof(s);
	for (i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !strncasecmp(s, words[i], n))
			return i < 2 ? 1 : (double)i - 1;
	for (i = 0; i < sizeof(tens) / sizeof(tens[0]); i++)
		if (strlen(tens[i].w) == n && !strncasecmp(s, tens[i].w, n))
			return tens[i].n ? tens[i].n : 0.5;
	return -1;
}

/* Seconds as a long; -1 past a year, which no promise means. */
static long
seconds(double s)
{
	return s > 366.0 * 86400 ? -1 : (long)s;
}

/*
 * The seconds of the first duration in tokens [first, end): "in 30
 * minutes", "in an hour", "2h"; -1 when there is none.
 */
static long
duration_in(const struct lint *l, size_t first, size_t end)
{
	static const struct {
		const char *w;
		long s;
	} units[] = {{"minute", 60}, {"minutes", 60}, {"min", 60},
	    {"mins", 60}, {"hour", 3600}, {"hours", 3600}, {"hr", 3600},
	    {"hrs", 3600}, {"day", 86400}, {"days", 86400}};
	double n = -1;
	size_t t, u, len;
	const char *s;

	for (t = first; t < end; t++) {
		s = l->text + l->tok[t].start;
		len = l->tok[t].end - l->tok[t].start;
		for (u = 0; u < sizeof(units) / sizeof(units[0]); u++)
			if (strlen(units[u].w) == len &&
			    !strncasecmp(s, units[u].w, len))
				return seconds((n > 0 ? n : 1) *
				    (double)units[u].s);
		if (token_is(l, t, "numunit", 7) == 1) {
			double v = atof(s);
			const char *unit = s + strspn(s, "0123456789.");
			return seconds(v * (*unit == 'h' || *unit == 'H' ?
			    3600 : 60));
		}
		if (number_at(l, t) >= 0)
			n = number_at(l, t);
	}
	return -1;
}

/* Are the n and m bytes at a and b the same word, but for case? */
static int
same_word(const char *a, size_t n, const char *b, size_t m)
{
	size_t i = 0, j = 0, la, lb;
	unsigned long ca, cb;

	while (i < n && j < m) {
		la = inc__utf8_next(&ca, a + i, n - i);
		lb = inc__utf8_next(&cb, b + j, m - j);
		if (!la || !lb || inc__fold(ca) != inc__fold(cb))
			return 0;
		i += la, j += lb;
	}
	return i == n && j == m;
}

/*
 * The team's internal names (code names) in the text, as spans of
 * RULE_INTERNAL: whole words in a row, in either case (Falcon, FALCON;
 * Ørsted, ØRSTED), apart as the name's words are (a space or hyphen
 * between them, or other punctuation).
 */
static int
find_internal_names(struct lint *l, const char *const *names)
{
	struct lint name = {0};
	size_t t, i;
	int rc = 0;

	for (; rc == 0 && names && *names; names++) {
		name.text = *names;
		name.ntok = 0;
		if ((rc = tokenize(&name)) < 0 || !name.ntok)
			continue;
		for (t = 0; rc == 0 && t + name.ntok <= l->ntok; t++) {
			for (i = 0; i < name.ntok; i++)
				if ((i && l->tok[t + i].joined !=
				    name.tok[i].joined) || !same_word(l->text +
				    l->tok[t + i].start, l->tok[t + i].end -
				    l->tok[t + i].start, name.text +
				    name.tok[i].start, name.tok[i].end -
				    name.tok[i].start))
					break;
			if (i == name.ntok)
				rc = add_span(l, RULE_INTERNAL, 0, t, t + i - 1,
				    l->tok[t].start, l->tok[t + i - 1].end);
		}
	}
	free(name.tok);
	return rc;
}

/* Addresses and names only the inside knows, as spans of RULE_INTERNAL. */
static int
find_internal(struct lint *l)
{
	static const char *const suffixes[] = {"internal", "local", "lan",
	    "corp", "intra", "intranet", "priv", "private", "svc", "cluster",
	    "localdomain", NULL};
	static const char *const not_tickets[] = {"UTF", "ISO", "RFC",
	    "COVID", "SHA", "AES", "TLS", "SSL", "HTTP", "IPV", "MP", "MD",
	    "CVE", "GPT", "NEW", NULL};
	const char *text = l->text, *w, *dot;
	size_t i = 0, n, j, first, last, k;
	int hit, dots, upper, numeric;

	while (text[i]) {
		if (!(((unsigned char)text[i] < 0x80) && (is_digit(text[i]) ||
		    (text[i] | 0x20) >= 'a') && (text[i] | 0x20) <= 'z') &&
		    !is_digit(text[i])) {
			i++;
			continue;
		}
		if (i > 0 && (unsigned char)text[i - 1] >= 0x80) {
			i++;
			continue;
		}
		w = text + i;
		for (n = 0; w[n] && (is_digit(w[n]) || ((w[n] | 0x20) >= 'a' &&
		    (w[n] | 0x20) <= 'z') || w[n] == '.' || w[n] == '-' ||
		    w[n] == '_'); n++)
			;
		while (n > 0 && (w[n - 1] == '.' || w[n - 1] == '-'))
			n--; /* the end of a sentence */
		hit = 0;
		for (j = 0, dots = 0, numeric = 1; j < n; j++) {
			if (w[j] == '.')
				dots++;
			else if (!is_digit(w[j]))
				numeric = 0;
		}
		if (numeric && dots == 3) {
			/* 10.0.3.7: four numbers of at most 255 */
			hit = 1;
			for (j = 0; j < n; j = (size_t)(dot - w) + 1) {
				dot = memchr(w + j, '.', n - j);
				if (!dot)
					dot = w + n;
				if (dot - (w + j) < 1 || dot - (w + j) > 3 ||
				    atoi(w + j) > 255)
					hit = 0;
			}
		} else if (dots >= 1 && !numeric) {
			dot = w + n;
			while (dot > w && dot[-1] != '.')
				dot--;
			for (k = 0; suffixes[k]; k++)
				if (strlen(suffixes[k]) == (size_t)(w + n - dot) &&
				    !strncasecmp(dot, suffixes[k], strlen(
				    suffixes[k])))
					hit = 1;
		} else if (!dots) {
			/* INC-1234, OPS-77: a ticket */
			for (j = 0, upper = 0; j < n && w[j] >= 'A' && w[j] <= 'Z';
			    j++)
				upper++;
			if (upper >= 2 && upper <= 10 && j + 2 < n && w[j] == '-' &&
			    digits_span(w + j + 1, n - j - 1)) {
				hit = 1;
				for (k = 0; not_tickets[k]; k++)
					if (strlen(not_tickets[k]) == (size_t)upper &&
					    !strncmp(w, not_tickets[k], (size_t)upper))
						hit = 0;
			}
		}
		if (hit) {
			for (first = 0; first < l->ntok &&
			    l->tok[first].end <= i; first++)
				;
			for (last = first; last + 1 < l->ntok &&
			    l->tok[last + 1].start < i + n; last++)
				;
			if (first < l->ntok && add_span(l, RULE_INTERNAL, 0,
			    first, last, i, i + n) < 0)
				return INC_ERROR;
		}
		i += n ? n : 1;
	}
	return 0;
}

/*
 * What only the inside knows: the team's code names and the phrases that
 * name a project, merged, then host names, addresses and ticket ids; a
 * name inside an address is found once, as the address.
 */
static int
check_internal(struct lint *l, const char *const *names)
{
	size_t from = l->nhit, found, i, j, n;

	if (find(l, RULE_INTERNAL, HIT) < 0 ||
	    find_internal_names(l, names) < 0)
		return INC_ERROR;
	merge(l, from);
	found = l->nhit;
	if (find_internal(l) < 0)
		return INC_ERROR;
	for (i = from, n = from; i < found; i++) {
		for (j = found; j < l->nhit && (l->hit[i].end <= l->hit[j].start ||
		    l->hit[j].end <= l->hit[i].start); j++)
			;
		if (j == l->nhit)
			l->hit[n++] = l->hit[i];
	}
	if (found < l->nhit)
		memmove(l->hit + n, l->hit + found, (l->nhit - found) *
		    sizeof(*l->hit));
	l->nhit = n + (l->nhit - found);
	return 0;
}

/* The same words, white space aside, in either case? */
static int
same_text(const char *a, const char *b)
{
	for (;;) {
		while (blank(*a))
			a++;
		while (blank(*b))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (lower((unsigned char)*a) != lower((unsigned char)*b))
			return 0;
		a++, b++;
	}
}

/*
 * Words of what remains after a fix: an estimate of their end is an ETA
 * even once the incident is resolved ("the remaining backlog may take up
 * to 12 hours to clear", "cached records may persist for up to 60
 * minutes", "the data will be backfilled shortly"), as is one of the
 * lasting fix ("a permanent fix ships tomorrow"), or one called an ETA.
 * Any other time in a resolved update is told after the fix: when it
 * was found ("identified by 08:54 UTC"), a plan to prevent it ("we will
 * replace the routers next week"), when a report will come.
 */
static const char *const remaining_words[] = {
	"backlog", "clear", "remain", "residual", "propagat", "persist",
	"cache", "caching", "delay", "queue", "catch", "caught", "process",
	"replay", "resync", "linger", "permanent", "lasting", "longterm",
	"boot", "reboot", "backfill", "reprocess", "reindex", "resend", NULL
};

/* Does token t begin with one of words, in any case? */
static int
begins_with(const struct lint *l, size_t t, const char *const *words)
{
	size_t len = l->tok[t].end - l->tok[t].start;

	for (; *words; words++)
		if (strlen(*words) <= len && !strncasecmp(*words,
		    l->text + l->tok[t].start, strlen(*words)))
			return 1;
	return 0;
}

/*
 * Does the span's sentence speak of what remains, or does the span say
 * it is an ETA ("ETA 17:00 UTC")?
 */
static int
remains(const struct lint *l, const struct span *s)
{
	static const char *const said[] = {"eta", "etr", "ettr"};
	size_t first = s->first, len = l->tok[first].end - l->tok[first].start;

	for (size_t i = 0; i < sizeof(said) / sizeof(*said); i++)
		if (strlen(said[i]) == len && !strncasecmp(said[i],
		    l->text + l->tok[first].start, len))
			return 1;
	for (size_t t = l->sent[first]; t < l->ntok &&
	    l->sent[t] == l->sent[first]; t++)
		if (begins_with(l, t, remaining_words))
			return 1;
	return 0;
}

/* In a resolved update, only an estimate of what remains is an ETA. */
static void
resolved_etas(struct lint *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->nhit; i++)
		if (l->hit[i].rule != RULE_ETA || remains(l, &l->hit[i]))
			l->hit[n++] = l->hit[i];
	l->nhit = n;
}

/* Does the span's text hold one of names, in any case? */
static int
names_in(const struct lint *l, const struct span *s,
    const char *const *names)
{
	for (; names && *names; names++) {
		size_t len = strlen(*names);
		for (size_t at = s->start; len && at + len <= s->end; at++)
			if (!strncasecmp(*names, l->text + at, len))
				return 1;
	}
	return 0;
}

/*
 * A vendor named in blame that is us ("Cloudflare is investigating" on
 * Cloudflare's own page, "the Wistia Application experienced" on
 * Wistia's, where the word before is ours) is no blame: such spans are
 * dropped, unless they hold a name not to blame ("Acme DNS" of ours is
 * still blamed).
 */
static void
ours(struct lint *l, const char *const *us, const char *const *names)
{
	size_t i, n = 0, t, len;

	for (i = 0; us && i < l->nhit; i++) {
		int mine = 0;

		/* the word before counts: "the Wistia Application" is ours */
		t = l->hit[i].first;
		if (t > 0 && l->tok[t].joined)
			t--;
		if (l->hit[i].rule == RULE_BLAME && !names_in(l, &l->hit[i],
		    names))
			for (; t <= l->hit[i].last; t++) {
				len = l->tok[t].end - l->tok[t].start;
				for (const char *const *u = us; *u; u++)
					if (strlen(*u) == len && !strncasecmp(*u,
					    l->text + l->tok[t].start, len))
						mine = 1;
			}
		if (!mine)
			l->hit[n++] = l->hit[i];
	}
	if (us)
		l->nhit = n;
}

static enum inc_lint_mode
mode_of(const struct inc_lint_args *args, enum rule r)
{
	return args && args->mode[r] != INC_LINT_DEFAULT ? args->mode[r] :
	    rules[r].mode;
}

/* One finding: text ("refused: eta: "WORDS": better") or a JSON object. */
static int
say(struct inc_buf *b, json_t *array, const struct lint *l,
    const struct span *s, enum rule r, enum inc_lint_mode mode)
{
	struct inc_buf words = {0};
	const char *what = mode == INC_LINT_REFUSE ? "refused" : "advice";

	/* a line break inside the words is shown as the space it stands for */
	for (size_t i = s ? s->start : 0; s && i < s->end; i++) {
		const char *c = l->text[i] == '\r' && l->text[i + 1] == '\n' &&
		    i + 1 < s->end ? "" : l->text[i] == '\n' ? " " : l->text + i;
		inc__buf_put(&words, c, *c ? 1 : 0);
	}
	if (s && !words.s)
		inc__buf_put(&words, "", 0);
	if (words.failed)
		inc__buf_fail(b, words.failed);
	if (array) {
		json_t *o = json_pack("{s:s, s:s, s:s?, s:s}", "rule",
		    rules[r].name, "mode", mode == INC_LINT_REFUSE ? "refuse" :
		    "advise", "words", s ? words.s : NULL, "advice",
		    rules[r].better);
		inc__buf_free(&words);
		if (!o || json_array_append_new(array, o) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		return 0;
	}
	inc__buf_printf(b, "%s: %s: ", what, rules[r].name);
	if (s) {
		inc__buf_printf(b, "\"");
		inc__buf_safe(b, words.s, 1);
		inc__buf_printf(b, "\": ");
	}
	inc__buf_printf(b, "%s\n", rules[r].better);
	inc__buf_free(&words);
	return 0;
}

int
inc_lint(char **out, const char *text, struct inc_lint_args *args,
    enum inc_format format)
{
	static const struct inc_lint_args none;
	const struct inc_lint_args *a = args ? args : &none;
	const char *const *names = a->names;
	struct lint l = {0};
	struct inc_buf b = {0};
	json_t *array = NULL;
	enum inc_lint_mode mode;
	enum rule r;
	size_t i, first, end;
	int rc = INC_ERROR, refused = 0;

	*out = NULL;
	if (args)
		args->next_update_seconds = -1;
	if (!text)
		return inc__fail(INC_EINVALID, "update: missing");
	if (!inc__utf8_valid(text, strlen(text)))
		return inc__fail(INC_EINVALID, "update: invalid UTF-8");
	for (i = 0; names && names[i]; i++)
		if (!inc__utf8_valid(names[i], strlen(names[i])))
			return inc__fail(INC_EINVALID, "name: invalid UTF-8");
	for (i = 0; a->internal && a->internal[i]; i++)
		if (!inc__utf8_valid(a->internal[i], strlen(a->internal[i])))
			return inc__fail(INC_EINVALID, "internal name: invalid "
			    "UTF-8");
	l.text = text;
	if (tokenize(&l) < 0)
		goto done;
	if (l.ntok == 0) {
		rc = inc__fail(INC_EINVALID, "update: empty");
		goto done;
	}
	if (prepare(&l) < 0)
		goto done;
	if (format == INC_FORMAT_JSON && !(array = json_array())) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto done;
	}
	/* what it should not do, then the names of the inside, by position */
	for (r = RULE_ETA; r <= RULE_BLAME; r++)
		if (mode_of(a, r) != INC_LINT_OFF &&
		    (r != RULE_CAUSE || !a->resolved) &&
		    check_rule(&l, r, names) < 0)
			goto done;
	if (a->resolved)
		resolved_etas(&l);
	ours(&l, a->us, names);
	if (mode_of(a, RULE_INTERNAL) != INC_LINT_OFF &&
	    check_internal(&l, a->internal) < 0)
		goto done;
	if (l.nhit > 1)
		qsort(l.hit, l.nhit, sizeof(l.hit[0]), by_start);
	for (int pass = 0; pass < 2; pass++)
		for (i = 0; i < l.nhit; i++) {
			mode = mode_of(a, l.hit[i].rule);
			if ((mode == INC_LINT_REFUSE) != (pass == 0))
				continue;
			refused += mode == INC_LINT_REFUSE;
			if (say(&b, array, &l, &l.hit[i], l.hit[i].rule, mode) < 0)
				goto done;
		}
	/* what it should say, and has not */
	if (args && present(&l, RULE_NEXT, &first, &end))
		args->next_update_seconds = duration_in(&l, first, end);
	for (r = RULE_BROKEN; r <= RULE_RESTORED; r++) {
		if ((mode = mode_of(a, r)) == INC_LINT_OFF)
			continue;
		if ((r == RULE_DATA || r == RULE_RESTORED) != !!a->resolved)
			continue;
		if (present(&l, r, NULL, NULL))
			continue;
		refused += mode == INC_LINT_REFUSE;
		if (say(&b, array, &l, NULL, r, mode) < 0)
			goto done;
	}
	if ((mode = mode_of(a, RULE_REPEAT)) != INC_LINT_OFF && a->previous &&
	    same_text(a->previous, text)) {
		refused += mode == INC_LINT_REFUSE;
		if (say(&b, array, &l, NULL, RULE_REPEAT, mode) < 0)
			goto done;
	}
	if (array) {
		char *json = json_dumps(array, INC_JSON_FLAGS);

		if (!json) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto done;
		}
		inc__buf_printf(&b, "%s\n", json);
		free(json);
	}
	if (!b.s && !b.failed)
		inc__buf_put(&b, "", 0);
	*out = inc__buf_take(&b);
	rc = *out ? refused : INC_ERROR;
done:
	json_decref(array);
	inc__buf_free(&b);
	free(l.tok);
	free(l.hit);
	free(l.word);
	free(l.sent);
	free(l.tense);
	free(l.shape);
	free(l.memo);
	free(l.cand);
	free(l.ncand);
	return rc;
}

int
inc_lint_rule_parse(enum inc_lint_rule *out, const char *name)
{
	for (int r = 0; r < RULES; r++)
		if (!strcmp(rules[r].name, name)) {
			*out = (enum inc_lint_rule)r;
			return 0;
		}
	return inc__fail(INC_EINVALID, "%s: no such rule (eta, cause, blame, "
	    "impact, action, workaround, next-update, data-loss, restored, "
	    "internal, repeat)", name);
}

int
inc_lint_mode_parse(enum inc_lint_mode *out, const char *name)
{
	if (!strcmp(name, "refuse"))
		*out = INC_LINT_REFUSE;
	else if (!strcmp(name, "advise"))
		*out = INC_LINT_ADVISE;
	else if (!strcmp(name, "off"))
		*out = INC_LINT_OFF;
	else
		return inc__fail(INC_EINVALID, "%s: not a rule mode (refuse, "
		    "advise or off)", name);
	return 0;
}

/* inc.lint.NAME from git config; a bad value is a warning, not a stop. */
int
inc_lint_modes(struct inc_lint_args *args, inc_repo *repo)
{
	git_config *cfg = NULL;
	char key[64], *value;
	int rc;

	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		return rc;
	for (int r = 0; r < RULES; r++) {
		snprintf(key, sizeof(key), "inc.lint.%s", rules[r].name);
		value = NULL;
		if ((rc = inc__config_string(&value, cfg, key, NULL)) < 0)
			break;
		if (value && inc_lint_mode_parse(&args->mode[r], value) < 0)
			inc__warn("%s: %s", key, inc_error());
		free(value);
	}
	git_config_free(cfg);
	return rc < 0 ? rc : 0;
}
