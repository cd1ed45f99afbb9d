/*
 * The phrases the rules for customer updates look for: the classes of
 * words and the patterns of each rule, in the small language lint.c's
 * first comment describes, and the words that tell a sentence's tense
 * and what it is about. Data only: included once, by lint.c, after its
 * enum rule and struct pattern. A rule is tuned here; how a pattern
 * is matched is lint.c's.
 */

/*
 * Capitalised words that name no company (see the class name): who we
 * are, what a sentence starts with, days, months, zones, and the words of
 * our own teams and products.
 */
/* what a cause does to the service */
#define CAUSING "disrupting|causing|preventing|blocking|breaking|degrading|" \
	"stopping|" \
	"overwhelming|overwhelmed|overloading|overloaded|interrupting|" \
	"hammering|flooding|saturating"
#define NOT_NAMES "i|we|our|us|you|your|they|their|it|its|this|that|these|" \
    "those|there|here|the|a|an|all|some|any|no|not|if|when|while|as|at|in|" \
    "on|for|from|to|by|with|after|before|since|during|and|or|but|so|now|" \
    "then|also|still|update|updates|updated|resolved|monitoring|identified|" \
    "am|pm|" \
    "investigating|scheduled|completed|utc|gmt|et|pt|pst|pdt|est|edt|cet|" \
    "cest|bst|ist|monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
    "january|february|march|april|may|june|july|august|september|october|" \
    "november|december|today|tomorrow|yesterday|tonight|please|customers|" \
    "customer|users|user|support|engineering|engineers|engineer|operations|" \
    "ops|devops|sre|noc|it|infrastructure|security|platform|product|" \
    "products|team|teams|service|services|network|networks|networking|" \
    "people|" \
    "facilities|helpdesk|api|apis|dns|" \
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
    "further|other|additional|few|media|press|news|let|getting|seeing|" \
    "having|receiving|noticing|hearing|checking|crews|crew|staff|" \
    "technicians|technician|workers|drivers|agents"

/* Steps taken to mend a fault: "triggered a manual rollback" is no fault */
#define MEND_STEPS "rollback|downgrade|failover|restart|reboot|redeploy|" \
    "fix|mitigation|backup|repair"

/* Classes: each is any one of its patterns. */
#define CLASS(name, ...) {name, (const char *const[]){__VA_ARGS__, NULL}}

static const struct {
	const char *name;
	const char *const *alts;
} classes[] = {
	/* durations: "30 minutes", "a few hours", "the next hour", "2h" */
	CLASS("qual", "about|around|approximately|approx|roughly|maybe|perhaps|"
	    "like|"
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
	    "<qual>? <qual>? <num> more|additional|extra? <unit> and_a_half?",
	    "<qual>? <qual>? <numword> and_a_half <unit>",
	    "<qual>? <qual>? hour|day and_a_half",
	    "<qual>? <qual>? half_an_hour|half_a_day",
	    "<qual>? <qual>? an_hour_and_a_half|a_day_and_a_half",
	    "<qual>? <qual>? <numunit>",
	    "<qual>? <qual>? hour|day|week|minutes|hours|days|weeks|moments",
	    "<qual>? <qual>? business_day|working_day",
	    "no_time|no_time_at_all",
	    /* "back in a bit", "offline for a short while" */
	    "a_bit !of|more|longer", "a_sec|a_jiffy|a_tick|a_short_while",
	    "a|the? quarter_of_an_hour|quarter_hour",
	    "some minutes|hours",
	    "the hour|day|week"),
	/* points in time: "17:00 UTC", "5 pm", "noon", "tomorrow morning" */
	CLASS("zone", "utc|gmt|z|pst|pdt|pt|est|edt|et|cst|cdt|ct|mst|mdt|mt|"
	    "cet|cest|bst|ist|jst|kst|aest|aedt|awst|acst|nzst|nzdt|sgt|hkt|"
	    "wet|eet|eest|msk|brt|art|"
	    "local_time|your_local_time|your_time|pacific|eastern|central|"
	    "mountain|pacific_time|eastern_time|central_time|mountain_time"),
	CLASS("clock",
	    "<clocktok> am|pm|a_m|p_m? <zone>?",
	    "<hour12> am|pm|a_m|p_m|o_clock <zone>?",
	    "12? noon|midday|midnight <zone>?",
	    /* "11.30 CEST" */
	    "<digits> <zone>"),
	/* dates: "13th Nov", "2nd of November", "November 13" (not "may") */
	CLASS("month", "january|february|march|april|june|july|august|"
	    "september|october|november|december|jan|feb|apr|jun|jul|aug|sep|"
	    "sept|oct|nov|dec"),
	CLASS("date", "<ordinal> of? <month>", "<month> <ordinal>",
	    "may <ordinal>",
	    "<month> <digits>", "the <ordinal>"),
	CLASS("day",
	    "today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|"
	    "saturday|sunday morning|afternoon|evening|night|noon|arvo?",
	    "this|next|coming monday|tuesday|wednesday|thursday|friday|"
	    "saturday|sunday",
	    "<date>",
	    "early|late|later|mid? this|tomorrow|next? morning|afternoon|"
	    "evening|arvo|"
	    "weekend|week|month",
	    "the early|late|mid morning|afternoon|evening",
	    "the? end|close|start|beginning of the? business? "
	    "day|week|month|business|hour|today",
	    "eod|cob|eow|eob|eom|lunch|lunchtime|tea_time|teatime|dinner|"
	    "dinnertime|close_of_play|end_of_play|the_weekend|the_morning|"
	    "the_afternoon|the_evening"),
	CLASS("when", "<clock>", "<day> at|around? <clock>?",
	    "around|about|approximately|roughly <day>",
	    "about|around|approximately|approx|roughly|circa <clock> <day>?"),
	CLASS("later", "<when>", "sometime? next|this week|month|weekend"),
	CLASS("time", "<dur>", "<when>"),
	/* how a fix is promised: "back up", "fully restored" */
	CLASS("res", "resolved|fixed|restored|back|up|online|available|"
	    "operational|recovered|normal|running|working|complete|completed|"
	    "deployed|live|done|finished|rolled_out|in_place|to_normal|"
	    "up_and_running|fully|functional|stable|healthy|repaired|"
	    "mitigated"),
	CLASS("soonres", "fixing|resolving|restoring|"
	    "resolved|fixed|restored|recovered|back|online|out|"
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
	    "digital_ocean|linode|hetzner|bytemark|mythic_beasts|memset|ukfast|"
	    "fasthosts|krystal|heart_internet|ovh|ovhcloud|oracle|ibm|heroku|"
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
	    "telegram|cpanel|plesk|"
	    /* package registries */
	    "npm|pypi|rubygems|docker_hub|dockerhub|crates_io|maven_central|"
	    "packagist|nuget|"
	    /* power utilities */
	    "pg_e|pge|con_edison|coned|duke_energy|dominion_energy|"
	    "dominion_power|national_grid|eversource|xcel_energy|"
	    /* software and network makers, certificate authorities */
	    "cisco|webex|servicenow|juniper|fortinet|vmware|citrix|"
	    "lets_encrypt|let_s_encrypt|letsencrypt|sectigo|digicert|"
	    "globalsign|google_trust_services|"
	    /* card schemes, game stores */
	    "american_express|amex|mastercard|steam|valve|"
	    /* mailbox providers */
	    "yahoo|aol|gmail|hotmail|outlook_com"),
	CLASS("product", "s3|ec2|rds|lambda|sqs|sns|dynamodb|elb|alb|nlb|ebs|"
	    "webhooks|webhook|apns|fcm|"
	    "efs|eks|ecs|fargate|kinesis|aurora|workers|r2|gcs|gke|bigquery|"
	    "pubsub|spanner|cosmos|blob|api|apis|dns|cdn|network|region|"
	    "regions|datacenter|data_center|services|service|infrastructure|"
	    "cloud|platform|edge|servers|backbone|support|support_team|"
	    "actions|pages|packages|codespaces|copilot|functions|storage|"
	    "compute|connect|registry|hosting|app_engine|cloud_storage|"
	    "cloud_functions|cloud_run|front_door|devops|container_registry"),
	CLASS("kind", "upstream|up_stream|downstream|down_stream|third|party|"
	    "public|industry|underlying|"
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
	    "water|phone|telephone|optic|optical|card|mapping|geolocation|"
	    "issuing|acquiring|payout|payouts|cable|"
	    "location|delivery|wholesale|podcast|website|blog|recipient|"
	    "receiving|mailbox"),
	/* a third party, named by what it is */
	CLASS("third", "a|an|our|the|one_of_our upstream|up_stream|external "
	    "<kind>? <kind>? ~1 service|services|dependency|dependencies|system|"
	    "systems|api|apis|provider|providers|vendor|vendors|platform|"
	    "network|networks|facility|facilities|registry|bank|banks",
	    "a|an|our|one_of_our|one_of_the|one_of_its|their|the|"
	    "another? 3rd|third party|parties <kind>? <kind>? ~1 service|services|"
	    "dependency|dependencies|system|systems|provider|providers|vendor|"
	    "vendors|api|apis|partner|partners|supplier|suppliers|platform|"
	    "network|networks|tool|tools|library|libraries|component|"
	    "components|integration|integrations|plugin|plugins|facility|"
	    "facilities|datacenter|data_center|registry|bank|banks"),
	CLASS("provider",
	    "our|my|the|a|an|one_of_our|one_of_my|one_of_the|another|their|"
	    "one_of_its|this|that|these|those|several|multiple|some|both|all|"
	    "two|many|various? "
	    "<kind>? and? <kind>? <kind>? provider|providers|vendor|vendors|"
	    "supplier|"
	    "suppliers|partner|partners|hoster|isp|isps|carrier|carriers|"
	    "operator|operators|aggregator|aggregators|"
	    "upstreams|csp|csps|webhost|webhosts|webhoster|partner_bank|"
	    "partner_banks|acquirer|acquirers|acquiring_bank|acquiring_partner|"
	    "receiving_bank|receiving_banks|beneficiary_bank|beneficiary_banks|"
	    "clearing_house|"
	    "acquiring_partners",
	    /* "our upstream data warehouse provider", "one of our
	       third-party directory server providers" */
	    "our|my|the|a|an|one_of_our|one_of_the|their|its|a_few|some|several "
	    "<kind>? <kind>? ~2 provider|providers|vendor|vendors|supplier|"
	    "partner|operator|authority|"
	    "suppliers|registry|registrar|partner_bank|partner_banks|sponsor|"
	    "sponsors|sponsor_bank|sponsor_banks|contractor|contractors|"
	    "subcontractor|subcontractors|courier|couriers|manufacturer|"
	    "manufacturers|agency|"
	    "issuing_bank|issuing_banks",
	    "our|my|the|a|an|their? <kind> <kind>? <kind>? company|companies|"
	    "provider|"
	    "providers|board|boards|"
	    "supplier|suppliers|facility|facilities|"
	    "processor|processors",
	    /* a power or water utility, not a software one */
	    "our|my|the|a|an|their local|regional|national|public? "
	    "electric|electrical|electricity|power|energy|gas|water utility|"
	    "utilities",
	    "our|my|the|a|an|their local|regional|national|public? utility|"
	    "utilities",
	    "electric|electrical|electricity|power|energy|gas|water "
	    "utility|utilities",
	    "our|my|the|their|a|an? web|vps|static_site|site|cloud|shared|"
	    "streaming|stream|radio|"
	    "hosting|podcast|website|"
	    "email|mail|data host|hosts|hoster",
	    /* the upstream as a noun: "Raised it with our upstream, ..." */
	    "our|my|the upstream $",
	    "our_host|their_host|my_host|my_hoster|my_hosting|our_hoster|"
	    "our_landlord|the_landlord|"
	    "premises_manager|the_premises_manager|facility_manager|"
	    "the_facility_manager",
	    "the|a|an|one ~3 i_m|we_re|i_am|we_are|we|i dependent_on|"
	    "reliant_on|depend_on|rely_on|depended_on|relied_on|connect_to|"
	    "connect_with|integrate_with",
	    /* "the company that runs it had an outage" */
	    "the|a|our|my company|companies|firm|people|folks that|which|who "
	    "host|hosts|hosted|runs|provides|manages|operates it|them|this?",
	    /* "the company that hosts our database" */
	    "the|a|our|my company|companies|firm|people|folks that|which|who "
	    "host|hosts|hosted|runs|provides|manages|operates|supplies "
	    "our|my|the|its|their * *?"),
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
	    /* one called out ("an emergency repair crew"), not "our repair
	       crews" */
	    "a|an|another repair_crew|emergency_crew|emergency_repair_crew|"
	    "splicing_crew",
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
	    "fraudulent|compromised|larger|largest|bigger|biggest? "
	    "customer|customers|user|users|tenant|tenants|client|clients|"
	    "merchant|merchants|account|accounts"),
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
	    /* "Our ferry operator has cancelled sailings" */
	    "has|have|had suspended|cancelled|canceled|discontinued|"
	    "terminated|revoked|blocked|blacklisted|throttled|rate_limited|"
	    "withdrawn|pulled",
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
	    "began_having|started_having|experiencing|suffering_from|"
	    "decided_to|has_decided_to|have_decided_to|chose_to|has_chosen_to",
	    /* "AWS makes it very difficult for me to renew" */
	    "makes_it|made_it|is_making_it|are_making_it very|really|"
	    "extremely|so? difficult|hard|impossible",
	    "seems_to_have|appears_to_have|seem_to_have|may_have|might_have "
	    "had|experienced|suffered|encountered",
	    "is|are|was|were|has_been|have_been|had_been|s|seems_to_be|"
	    "appears_to_be currently|also|now|still|completely|partially|again|"
	    "partly|apparently|reportedly|itself|very|extremely? down|failing|"
	    "broken|slow|unwilling|unable|rate_limiting|throttling|blocking|"
	    "rejecting|unavailable|degraded|offline|responsible|at_fault|"
	    "to_blame|having|returning_errors|throwing_errors|erroring|"
	    "timing_out|dropping|"
	    "experiencing|suffering|struggling|overloaded|misbehaving|"
	    "encountering|recovering|facing|"
	    "unreliable|unresponsive|the_cause|the_source|the_culprit|"
	    "the_problem|the_reason|the_root_cause|the_trigger|behind_this|"
	    "behind_the|dealing_with|investigating_an|investigating_a",
	    "has|have|had|is_having|are_having|is_experiencing|"
	    "are_experiencing|is_facing|are_facing|reported|reports|confirmed|"
	    "acknowledged|published|posted|opened|"
	    "has_reported|have_reported|has_confirmed|has_acknowledged|"
	    "has_declared|is_reporting|are_reporting "
	    "an|a|some|several|multiple|another? "
	    "major|significant|widespread|ongoing|"
	    "large|partial|regional|unexpected|catastrophic|serious|severe|"
	    "critical|complete|total|temporary|technical|hardware|network|"
	    "storage|database|disk|fibre|fiber|equipment|software|"
	    "power? outage|outages|failure|"
	    "failures|"
	    "incident|incidents|issue|issues|problem|problems|bug|fault|"
	    "disruption|disruptions|degradation|misconfiguration|network_issue|"
	    "network_issues|network_problem|network_problems|network_outage|"
	    "meltdown|hiccup|glitch|breakdown"),
	CLASS("pfault", "<mistake>", "<bad>",
	    "also|then|later|just|again|apparently|had|has? misconfigured|"
	    "broke|"
	    "botched|messed_up|screwed_up|caused|"
	    "made_a_mistake|made_an_error|made_a_bad|made_a_wrong|"
	    "made_an_incorrect|"
	    "dropped_the_ball|deleted|wiped|overwrote|truncated|dropped_a|"
	    "dropped_the|removed_the_wrong|failed_to|forgot_to|forgot|"
	    "neglected|"
	    "neglected_to|did_not|didn_t|let_us_down|misread|mistyped|"
	    "fat_fingered|skipped|ignored|bypassed",
	    "is|was|were|are responsible|at_fault|to_blame",
	    /* not what they did to mend it: "triggered a manual downgrade" */
	    "triggered !a|an|the",
	    "triggered a|an|the !manual|" MEND_STEPS),
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
	    "works|works_on|works_with|worked|worked_on|pushed|pushing|"
	    "rolled_out|rolling_out|mitigated|mitigating|patched|patching|"
	    "shipped|made_repairs|making_repairs|completed_repairs|"
	    "escalated|handling|cleared|lifted|unblocked|whitelisted|issued|"
	    "given_us|gave_us|quoting|quoted|told_us|reckon|reckons|expect|"
	    "expects|estimate|estimates|testing|looking_into|finished|resumed"),
	/* what a company does, said with a plural verb ("Royal Mail are
	   having problems", "Vodafone have the fault") */
	CLASS("plural",
	    "are having|dealing_with|aware|investigating|working_on|working_to",
	    "are doing|carrying_out|on_it",
	    "have indicated|advised|confirmed|told_us",
	    "have the|a fault|problem|issue",
	    "say|advise|reckon"),
	/* the physical parts of a service that fail */
	CLASS("part", "card|cards|nic|disk|disks|drive|drives|switch|switches|"
	    "router|routers|controller|controllers|power_supply|psu|hypervisor|"
	    "host|hosts|node|nodes|server|servers|cable|cables|fibre|fiber|"
	    "link|links|firewall|load_balancer|array|arrays|memory|cpu|"
	    "motherboard|"
	    "transformer|generator|ups|battery|batteries|subsystem|rack|racks|"
	    "hardware|psu|psus|linecard|linecards|line_card|filer|filers|"
	    "filesystem|file_system|cluster|clusters|san|storage_unit|"
	    "storage_units|"
	    "box|vps|vm|machine|machines|database|databases|db|hdd|hdds|ssd|"
	    "ssds"),
	/* what a guessed trouble is of: "a load issue", "a networking event" */
	CLASS("faultmod", "<faultkind>", "load|capacity|networking|bandwidth|"
	    "connectivity|certificate|ssl|hosting|traffic|infrastructure|"
	    "backend|hardware|filesystem|code|resource|resources|contention|"
	    "logic|coding|billing|streaming|"
	    "replication|locking|caching|cache|proxy|authentication|auth"),
	/* what a part of ours has when it is in trouble itself */
	CLASS("ownfault", "issue|issues|problem|problems|difficulties|"
	    "trouble|troubles|failure|failures|fault|faults|an_outage|outage|"
	    "outages|degradation|a_degradation|instability|an_issue|a_problem|"
	    "a_failure|a_fault|hardware|disk|power|memory|high_load|heavy_load|"
	    "load|congestion|saturation|exhaustion"),
	/* a part whose trouble can be a cause: "issues with our storage" */
	CLASS("trouble", "<part>", "infra|infrastructure|storage|backend|"
	    "hardware|datacenter|data_center|datacentre|cdn|dns|network|"
	    "networking|cache|caches|layer|proxy|proxies|queue|queues|broker|"
	    "brokers"),
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
	    "traced|isolated|determined|concluded|announced",
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
	    "issue|issues|problem|problems|interruption|degradation|delay|"
	    "delays|slowdown|wobble|hiccup|hiccups|blip|glitch|glitches"),
	/* what a supplier does to our things: "restarted my server" */
	CLASS("handled", "blocked|suspended|disabled|restarted|rebooted|"
	    "shut_down|switched_off|turned_off|powered_down|powered_off|"
	    "terminated|throttled|null_routed|nullrouted|blackholed|deleted|"
	    "removed|taken_down|taken_offline|took_down|cut_off|unplugged|"
	    "paused|locked|froze|frozen|borked|bricked|wiped|nuked"),
	/* what a supplier does to the wrong part: "switched the wrong drive" */
	CLASS("wrongly", "switched|replaced|removed|pulled|swapped|unplugged|"
	    "rebooted|restarted|deleted|wiped|formatted|shut_down|took_down|"
	    "isolated|disconnected|cut "
	    "the_wrong|a_wrong|wrong"),
	/* the data centre or site a service rents, named without a name */
	CLASS("site", "the|my datacenter|data_center|datacentre|data_centre|"
	    "colo|dc|noc|server_farm|facility|data_centers|datacenters",
	    /* "The datacenter in Nuremberg has a network outage" */
	    "the|my datacenter|data_center|datacentre|data_centre|colo|dc|"
	    "facility in|at <Cap>"),
	/* someone sent to do a repair */
	CLASS("role", "technician|technicians|engineer|engineers|crew|crews|"
	    "team|staff|tech|techs|contractor|contractors"),
	/* the words that name a cause */
	CLASS("causeword", "root_cause|root_causes|cause|causes|culprit|trigger|"
	    "source|origin|caused"),
	/* what can be the cause of an impact, never the impact itself */
	CLASS("causenoun", "limitation|limitations|exhaustion|"
	    "spike|spikes|surge|surges|load|traffic|change|changes|deployment|"
	    "deploy|release|update|upgrade|migration|misconfiguration|"
	    "configuration|config|bug|certificate|cut|leak|flood|power|attack|"
	    "ddos|maintenance|restart|reboot|backlog|loop|query|queries|"
	    "process|job|script|lock|locks|contention|saturation|regression|"
	    "dependency|firmware|kernel|patch|rollout|expiry|expiration|crash|"
	    "demand|snow|storm|storms|weather|winds|flooding|floods|lightning|"
	    "heatwave|main"),
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
	/* "Expected Resolution: March 17, 2026", "an estimated clear time
	   of 14:00", "estimated restore 16:30 GMT" */
	{RULE_ETA, HIT | PAST, "expected|estimated|anticipated|target|"
	    "projected resolution|restoration|recovery|repair|fix|completion|"
	    "clear|clearance|restore time|date? of|is|at|by|around? <when>"},
	/* a time quoted for the fix: "their engineers are quoting a 4 hour
	   fix time" */
	{RULE_ETA, HIT | PAST, "a|an <numword> hour|hours|hr|hrs|minute|"
	    "minutes|min|mins|day|days fix|repair|restore|restoration|"
	    "recovery|clear"},
	/* one relayed or reckoned: "upstream say 2hrs", "The upstream guys
	   reckon another 2 hours before the link is back", "should be about
	   an hour and a half", "Devs say we're looking at roughly 45 mins",
	   "it's a couple of hours yet before they're back" */
	{RULE_ETA, HIT | PAST | UPDATE, "say|says|reckon|reckons|quote|"
	    "quoting|estimate|estimates|estimating|predict|predicts|think|"
	    "thinks|guess|guessing|calculate|calculating|count_with|saying|"
	    "looking_at|look_at <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "it_s|it_is|it_ll_be|that_s <dur> "
	    "yet|away|off|before|until|till|more"},
	/* an estimate given with a time: "NBN advise an estimated
	   restoration time of 4pm AEST" (not "we will provide an estimated
	   restoration time once ...": no time) */
	{RULE_ETA, HIT | PAST | UPDATE, "advise|advises|advised|given|gave|"
	    "give|quoted|quote|quoting|set|issued|have|has|got us? an|a "
	    "estimated|expected|anticipated|projected restoration|repair|fix|"
	    "clear|recovery|resolution|restore time|date|timeframe ~1 of|is|"
	    "at|around|for <when>"},
	/* "according to them it returns at 14h00 BRT" */
	{RULE_ETA, HIT | PAST | UPDATE, "returns|return|comes_back|come_back "
	    "at|by|around <when>"},
	{RULE_ETA, HIT | PAST | UPDATE, "should|will|ll be <dur>"},
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
	/* "IT expect the e-prescribing system to be available again from
	   14:30", "Players should be able to log in again within the next
	   15-30 minutes" */
	{RULE_ETA, HIT | PAST | UPDATE, "expect|expected|expecting|expects "
	    "~6 available|back|online|up|restored ~1 from|at|by|around <when>"},
	{RULE_ETA, HIT | UPDATE, "should|will|ll be_able_to ~4 again "
	    "within|in|by|from <time>"},
	/* a day named for the fix: "will be able to access it in Monday",
	   "It will be good on May 1st" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|won_t|wont|anticipate|"
	    "anticipates|expect|expects ~5 on|in "
	    "<when>"},
	/* "the configuration takes still around 25 minutes", "we think it
	   takes maybe half an hour more" */
	{RULE_ETA, HIT | PAST | UPDATE, "take|takes|taking|need|needs|require|"
	    "requires|continue_for|continues_for|persist_for|persists_for "
	    "still|only|probably|likely|maybe|perhaps? <dur>"},
	/* how long each one lags, not when it ends: "messages taking up to
	   3 minutes to be picked up" */
	{RULE_ETA, EXCEPT, "messages|emails|mails|requests|jobs|notifications|"
	    "deliveries|responses|builds|tasks|queries|calls|webhooks|"
	    "deployments|pages|uploads ~2 taking|took|were_taking|are_taking|"
	    "was_taking|is_taking"},
	/* "the queries are running extremely slow, sometimes takes 5min" */
	{RULE_ETA, EXCEPT, "sometimes|often|occasionally take|takes|taking"},
	{RULE_ETA, HIT | PAST | UPDATE, "will|to|may|might|could|should|ll|can "
	    "last <dur>"},
	/* "Current expectations for the server to be finished with
	   maintenance are approximately 2 to 4 hours from right now" */
	{RULE_ETA, HIT | PAST | UPDATE, "expectation|expectations|estimate|"
	    "estimates ~9 is|are|remains|remain <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "over|during|throughout|across "
	    "the_next|the_coming|next <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "for another|up_to|at_least|the_next|"
	    "the_coming|a_further|an_additional|a_few_more|several_more|"
	    "maximum|max|maximum_of|a_maximum_of|at_most|no_more_than|"
	    "not_more_than|no_longer_than <dur>"},
	/* "please allow up to 24 hours for every storefront to display
	   them" */
	{RULE_ETA, HIT | PAST | UPDATE, "allow|allow_for|allowing up_to|"
	    "at_least? <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "as_quickly_as|as_soon_as|as_early_as|"
	    "as_little_as <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "for|until|through|throughout|into "
	    "the_rest_of|the_remainder_of|rest_of|remainder_of|most_of the? "
	    "day|night|morning|afternoon|evening|weekend|week|today|tonight"},
	{RULE_ETA, HIT | PAST | UPDATE, "continue|continues|last|lasts|persist|"
	    "persists|run|runs|go_on|take ~2 throughout|through|into|until|"
	    "till "
	    "at_least? <when>"},
	/* a wait foretold: "it will be several hours before all of them get
	   processed", "we expect to be down at least a couple of hours" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|would|could|may|might|should|ll "
	    "be <dur> before|until|till"},
	/* a guess at the wait with no number: "Might be hours, might be
	   days" */
	{RULE_ETA, HIT | PAST | UPDATE, "might|may|could be minutes|hours|days|"
	    "weeks !ago|late|old|of|apart|behind|long|worth"},
	{RULE_ETA, HIT | PAST | UPDATE, "expect|expects|expected|expecting|"
	    "anticipate|anticipates|anticipating to|will? be down|offline|out|"
	    "unavailable|without_power|without_service|disrupted|affected "
	    "for? <dur>"},
	{RULE_ETA, HIT | PAST, "back ~3 soon|shortly|momentarily !as"},
	{RULE_ETA, HIT | PAST, "clear|drain|process|catch_up ~3 shortly|soon|"
	    "momentarily !as"},
	{RULE_ETA, HIT | PAST | UPDATE, "estimate|estimated|estimating|expect|"
	    "expecting|anticipate ~2 <dur> until|till|before|to|left|remaining|"
	    "more"},
	/* "Back in 10.", "Rebooting them now, give it 15 minutes", "BT
	   says Thursday", "estimating a repair time of 3 to 4 hours", "may
	   see higher delay for the next 30 minutes or so" */
	{RULE_ETA, HIT | PAST | UPDATE, "back|up|online in <digits> $"},
	{RULE_ETA, HIT | PAST | UPDATE, "give_it|give_us|give_me <dur>"},
	{RULE_ETA, HIT | UPDATE, "they|he|she say|says|said|reckon|reckons "
	    "<day>"},
	{RULE_ETA, HIT | PAST | UPDATE, "estimate|estimates|estimated|"
	    "estimating a|an repair|restoration|recovery|fix|resolution "
	    "time|window of <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "may|might|could|will continue_to? "
	    "see|experience|notice ~6 for|over the_next|another <dur>"},
	/* "we expect everyone to be able to send messages again shortly",
	   "most customers should have water back within the hour" */
	{RULE_ETA, HIT | PAST | UPDATE, "expect|expects|expecting ~8 again "
	    "shortly|soon"},
	{RULE_ETA, HIT | UPDATE, "should|will|ll have ~2 back within|in <dur>"},
	/* "We will have it fixed in 2 days" */
	{RULE_ETA, HIT | UPDATE, "will|ll|should|hope_to|expect_to have|get "
	    "it|this|them|that|everything|things|service|services ~1 <res> "
	    "<res>? in|within|by|before <time>"},
	/* "we estimate time to clear at around 2 hours", "They are
	   replacing it now and estimate 30 minutes" */
	{RULE_ETA, HIT | PAST | UPDATE, "estimate|estimates|estimated|"
	    "estimating ~4 at|around|about|approximately <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "estimate|estimates <dur>"},
	{RULE_ETA, HIT | UPDATE, "to_be|will_be|ll_be|is_to_be|are_to_be "
	    "deployed|released|rolled_out|applied|implemented|live|available|"
	    "fixed|restored at|by|around <when>"},
	/* a return promised for a day: "could come online this weekend" */
	{RULE_ETA, HIT | UPDATE, "will|ll|could|should|may|might|would "
	    "be|come|go? back|online|up|restored|available|operational "
	    "~1 <later>"},
	/* a fix of ours promised for a day: "We'll have it back up today",
	   "I'll get that fixed tomorrow" */
	{RULE_ETA, HIT | UPDATE, "will|ll|should|going_to|gonna|hope_to|"
	    "plan_to|aim_to|try_to have|get ~3 <res> ~1 <later>"},
	{RULE_ETA, HIT | UPDATE, "will|ll|going_to|gonna|hope_to|plan_to|"
	    "aim_to|try_to fix|restore|repair|resolve|sort|mend ~3 <later>"},
	/* a day named bare: "settlement will complete Monday", "They
	   expect to resume sailings on Thursday" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|expected_to|due_to|"
	    "set_to complete|finish|resume|return|reopen|clear|settle <day>"},
	{RULE_ETA, HIT | PAST | UPDATE, "expect|expects|expecting to "
	    "resume|reopen|restart|return|restore|complete|finish|be_back "
	    "~3 on|by <when>"},
	/* an hour alone: "expect everyone back in by 11." */
	{RULE_ETA, HIT | PAST | UPDATE, "back|online|up|in ~2 by|before|around "
	    "<hour12> $"},
	/* a part or a visit to come: "New unit arrives Thursday" */
	{RULE_ETA, HIT | PAST | UPDATE, "arrives|arrive|arriving|lands ~1 "
	    "<day>"},
	/* "We may roll some fixes out this weekend" */
	{RULE_ETA, HIT | UPDATE, "will|ll|may|might|should|going_to|hope_to|"
	    "plan_to roll|push|deploy|ship ~3 <later>"},
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
	/* "ETA for resolution is currently unknown" */
	{RULE_ETA, EXCEPT, "eta|etr|ettr|estimate ~4 is|are|remains|remain "
	    "currently|still|as_yet? unknown|unavailable|undetermined|unclear|"
	    "not_known|not_available|not_yet_known|not_yet_available|"
	    "to_be_determined|tbd|tba"},
	/* the usual lag, not a backlog's end: "refunds can take 3-5 working
	   days to appear", but "stuck emails may take a few hours to be
	   delivered" */
	{RULE_ETA, EXCEPT, "takes|taking|can_take ~2 <dur> to appear|show|"
	    "show_up|arrive|load|sync|propagate|be_delivered|be_processed|"
	    "be_visible"},
	{RULE_ETA, HIT | UPDATE, "expect|expects|expected|expecting|anticipate|"
	    "anticipates|anticipated|anticipating|hope|hoping|hopes ~6 "
	    "today|tonight|tomorrow|later_today"},
	{RULE_ETA, HIT | UPDATE, "expect|expects|expected|expecting|anticipate|"
	    "anticipates|anticipated|anticipating|hope|hoping|hopes ~6 "
	    "early|late|later? this afternoon|evening|morning"},
	/* when we will be back in touch, or start on it, is no ETA */
	{RULE_ETA, EXCEPT, "get|come|be back to|with you|us ~3 in|within|by|"
	    "before <time>"},
	{RULE_ETA, EXCEPT, "get|come|be back to|with you|us ~3 soon|shortly"},
	{RULE_ETA, EXCEPT, "work|look|get_back|get ~1 on|into|at|to ~3 "
	    "<later>"},
	/* "We'll write again in an hour" (not "write access ... within the
	   next 3 hours") */
	{RULE_ETA, EXCEPT, "write|writing again|back ~2 in|within|by <time>"},
	{RULE_ETA, EXCEPT, "check_again|"
	    "wait|waiting|refresh|reload|resubmit|check_back|"
	    "log_in_again|sign_in_again|deploy_again ~3 in|within|after|for "
	    "<dur>"},
	/* what a cache does, not what customers do: "expect caches to
	   refresh globally in approximately 40 minutes" */
	{RULE_ETA, HIT | PAST | UPDATE, "cache|caches|records|entries ~2 "
	    "refresh|refreshes|update|updates|propagate|propagates|expire|"
	    "expires|clear|clears ~2 in|within|over <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "<dur> to_finish|to_complete|"
	    "to_recover|to_clear|to_drain"},
	/* "will be rolling out to production soon" */
	{RULE_ETA, HIT | PAST | UPDATE, "rolling_out|roll_out|rolled_out|"
	    "deploying|deployed|releasing|released|shipping|shipped|"
	    "going_out|go_out ~3 soon|shortly|momentarily !as"},
	/* "Scheduled end: 15:00 JST", "the forecast of normalisation is
	   until 12h", "the prevision of return is 18h today" */
	{RULE_ETA, HIT | PAST, "scheduled|expected|estimated|planned|"
	    "projected end|finish|completion|return <when>"},
	{RULE_ETA, HIT | PAST, "forecast|prevision|previsão of? ~2 return|"
	    "normalisation|normalization|normality|restoration|resolution|"
	    "recovery|repair ~2 is|for|until|at|around? <when>"},
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
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|can|to be * *? "
	    "shortly|soon|momentarily !as"},
	/* "event pages should load normally for everyone shortly" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should ~1 work|load|run|"
	    "operate|function|perform|respond|behave normally|again|"
	    "as_expected|correctly|properly ~3 shortly|soon|momentarily !as"},
	/* a day part to come: "this should be done over the weekend" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|expect|expected|hope|"
	    "hopefully ~6 over_the_weekend|at_some_point_today|sometime_today|"
	    "later_this_week|by_the_weekend"},
	{RULE_ETA, HIT | UPDATE, "tomorrow morning|afternoon|evening|night? "
	    "!s"},
	{RULE_ETA, HIT | PAST | UPDATE, "tonight !s"},
	/* a state now, not a time to come: "Training server is down
	   tonight", "Server's having lag spikes tonight" */
	{RULE_ETA, EXCEPT, "is|are|s|was|were down|offline|unavailable|"
	    "unreachable|slow|lagging|unstable|closed tonight|today|"
	    "this_morning|this_afternoon|this_evening"},
	{RULE_ETA, EXCEPT, "is|are|s buffering|lagging|struggling|busy|"
	    "overloaded ~5 tonight|today|this_morning|this_afternoon|"
	    "this_evening"},
	{RULE_ETA, EXCEPT, "know_about|aware_of|reports_of ~6 tonight|today|"
	    "this_morning|this_afternoon|this_evening"},
	{RULE_ETA, EXCEPT, "having|seeing|experiencing|facing ~3 tonight|"
	    "today|this_morning|this_afternoon|this_evening"},
	{RULE_ETA, HIT | UPDATE, "later today|tonight|this_morning|"
	    "this_afternoon|this_evening|this_week|this_month|in_the_day"},
	{RULE_ETA, HIT | UPDATE, "next week|month"},
	/* "We expect the issue to be resolved entirely this evening" */
	{RULE_ETA, HIT | PAST | UPDATE, "be|get|gets <res> ~1 today|tonight|"
	    "this_morning|this_afternoon|this_evening|this_week|"
	    "this_weekend"},
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
	    "turning_on|reach|reaching|propagate|propagating ~4 shortly|soon|"
	    "momentarily !as|after|before"},
	{RULE_ETA, HIT | PAST, "should|will|would|to|can|ll soon|shortly be? "
	    "<soonres>"},
	/* a fix of ours promised soon: "I'll try to fix the site soon",
	   "will fix it in the near future", "We will reset the machine
	   soon" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|shall|hope|hoping|"
	    "hopefully|expect|expecting|plan_to|planning_to|plans_to|try|"
	    "trying|going_to|aim|aiming|intend ~4 fix|restore|resolve|repair|"
	    "reset|recover|rebuild|redeploy|deploy|patch|replace|reboot|"
	    "restart|set_up|setting_up|find|roll_out|release|ship|sort|solve|"
	    "mend|correct|fixes|restores|resolves|repairs|recovers ~6 soon|"
	    "shortly|momentarily|in_the_near_future|"
	    "in_the_coming_days|in_the_coming_hours|in_a_bit|in_a_moment|"
	    "before_long !as"},
	/* "we'll come up with a solution this evening" */
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|hope_to|plan_to|"
	    "going_to|try_to ~3 a|the solution|fix|workaround|patch <later>"},
	{RULE_ETA, HIT | PAST | UPDATE, "will|ll|should|shall|hope|hoping|"
	    "hopefully|expect|expecting|plan_to|planning_to|plans_to|try|"
	    "trying|going_to|aim|aiming ~2 have|get|bring ~4 back|up|online|"
	    "fixed|restored|working|running|sorted ~3 soon|shortly|"
	    "momentarily|in_the_near_future|before_long !as"},
	/* a time aimed at for the fix: "We are targeting less than 60
	   minutes to restore limited application functionality", "We are
	   targeting 21:00 UTC for restoration" */
	{RULE_ETA, HIT | PAST | UPDATE, "targeting|target|aiming_for|aim_for|"
	    "aiming_at <when>"},
	/* a retry told for a time: "please try again in 15 to 20 minutes"
	   (even after "If you were unable to sign in") */
	{RULE_ETA, HIT | UPDATE, "try_again|retry|check_back in|within|after "
	    "<dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "target|targeting|targeted|aim|aiming|"
	    "expect|expecting|estimate|estimating|anticipate|anticipating "
	    "~2 <dur> to|for|until|till|before ~1 restore|restoring|recover|"
	    "recovering|resolve|resolving|fix|fixing|repair|repairing|complete|"
	    "completing|recovery|resolution|restoration|full|fully|mitigate|"
	    "mitigation"},
	/* times that are no estimate of the fix */
	{RULE_ETA, EXCEPT, "scheduled|created|generated|sent|placed|submitted|"
	    "made|issued|received|triggered|queued between|from <when>"},
	{RULE_ETA, EXCEPT, "begin|begins|start|starts|commence|commences|"
	    "starting|beginning|commencing|kick_off|kicks_off !working|"
	    "functioning|flowing|arriving|loading|responding|processing ~3 "
	    "by|at|on|around|from|no_later_than|until|till ~1 <when>"},
	{RULE_ETA, EXCEPT, "reschedule|rescheduled|rescheduling|postpone|"
	    "postponed|postponing|schedule|scheduled|scheduling|defer|deferred|"
	    "deferring|moved|moving "
	    "~4 for|to|until|till ~1 <later>"},
	{RULE_ETA, EXCEPT, "fail|failing|switch|switching|move|moving|migrate|"
	    "migrating|failback|fail_back back? ~9 ~5 <later>"},
	{RULE_ETA, EXCEPT, "more for_you|from_us|from_me? in|within|by|at "
	    "<time>"},
	/* "We'll be back with news at 17:15." */
	{RULE_ETA, EXCEPT, "will|ll? be|come back with ~2 news|update|updates|"
	    "more|details|info|information ~3"},
	/* estimates promised: "Estimated restoration times will be posted
	   by 6 a.m." */
	{RULE_ETA, EXCEPT, "estimated|expected|projected restoration|repair|"
	    "resolution|recovery|fix time|times|estimate|estimates will_be|"
	    "to_be|are_to_be|is_to_be|shall_be posted|shared|provided|"
	    "published|given|communicated|announced ~4"},
	/* how long it stays down: "The Router will go down for 5-10
	   minutes", "Expect it to be down for at least one more week" */
	{RULE_ETA, HIT | PAST | UPDATE, "be|go|remain|stay down|offline|"
	    "unavailable|closed|out for ~4 <dur>"},
	/* "I need to take it offline for a short while", "there may be an
	   additional period of performance drop in Inbox for some minutes" */
	{RULE_ETA, HIT | PAST | UPDATE, "take|taking|bring|bringing|put ~2 "
	    "offline|down for <dur>"},
	{RULE_ETA, HIT | PAST | UPDATE, "may|might|could|will be an|a? "
	    "additional|further|short|brief? period|periods ~5 for <dur>"},
	/* a fix tied to an event to come: "set to be resolved in planned
	   maintenance", "will be corrected in an upcoming release" */
	{RULE_ETA, HIT | PAST | UPDATE, "be resolved|fixed|corrected|"
	    "addressed|repaired|restored in|with|during|by the|a|an|our? "
	    "upcoming|next|planned|scheduled|coming ~2 maintenance|release|"
	    "update|deploy|deployment|change|version|window|patch"},
	/* "We will be slowly restoring service throughout the day" */
	{RULE_ETA, HIT | PAST | UPDATE, "restoring|restore|recovering|"
	    "bringing_back|bring_back ~3 throughout|over|during the day|"
	    "morning|afternoon|evening|night|weekend"},
	/* the window of a maintenance announced, not a fix's end: "planned
	   maintenance on our card systems tonight between 00:30 and 02:30",
	   "Servers will go down for scheduled maintenance on Thursday at
	   09:00 UTC for approximately 2 hours" (not "The planned
	   maintenance has overrun; we now expect to finish by 14:00": an
	   incident, and its new end an ETA) */
	{RULE_ETA, EXCEPT, "scheduled|planned maintenance|works|upgrade|"
	    "upgrades|downtime on|between|from|at|this|tonight|tomorrow|during "
	    "~9 ~9 ~9"},
	{RULE_ETA, EXCEPT, "scheduled|planned maintenance|works|upgrade|"
	    "downtime: ~9 ~9 ~9"},
	{RULE_ETA, EXCEPT, "will|ll|may|might|to|should|would ~2 down|"
	    "offline|unavailable|closed for|during ~2 scheduled|planned "
	    "maintenance|works|upgrade|upgrades"},
	/* a window with its start and its end: "will be unavailable between
	   6pm and 9pm on Wednesday for an upgrade", "unavailable from 10pm
	   on Friday 7 March to 2am" (not "between now and 17:00") */
	{RULE_ETA, EXCEPT, "will|ll|may|might|be|is|are ~2 unavailable|offline|"
	    "down|read_only|closed|inaccessible|paused|suspended|interrupted|"
	    "disabled|cut_out ~4 between|from !now ~6 and|to|until|till ~6"},
	/* "Our streaming service will undergo planned maintenance on
	   Tuesday from 03:00 to 05:00 GMT" */
	{RULE_ETA, EXCEPT, "will|ll|to|is|are undergo|undergoing|be_undergoing "
	    "~2 planned|scheduled|routine maintenance|upgrade|upgrades ~9 ~9"},
	/* "Back shortly with an update." */
	{RULE_ETA, EXCEPT, "back ~1 soon|shortly with ~2 update|updates|news|"
	    "info|information|details"},
	{RULE_ETA, EXCEPT, "will|ll|to|shall? perform|performing|carry_out|"
	    "carrying_out ~3 "
	    "failover|maintenance|upgrade|migration|switchover ~6"},
	/* news promised, not a fix: "We'll let you know where we're at by
	   10am" */
	{RULE_ETA, EXCEPT, "let you|everyone|customers|users know where|how "
	    "~4"},
	/* how long the page stays open: "keep the incident open for the
	   next 24 hours" */
	{RULE_ETA, EXCEPT, "keep|keeping|leave|leaving this|the incident|"
	    "issue|ticket|page open ~5"},
	/* the customer's own time: "If your flight is within 24 hours" */
	{RULE_ETA, EXCEPT, "is|are|s within|more_than|less_than|under|over "
	    "<dur>"},
	/* when the page is closed, not the fault: "we will mark this
	   incident resolved in one hour" */
	{RULE_ETA, EXCEPT, "mark|marking|close|closing this|the incident|"
	    "issue|ticket as? resolved|closed|complete in|within|after|by|at|"
	    "on <time>"},
	/* "a period (expected 20 minutes) during which it is not stable" */
	{RULE_ETA, HIT | PAST | UPDATE, "expected|estimated <dur> $"},
	{RULE_ETA, EXTEND, "is|are|be|was? expected|scheduled|likely|set|"
	    "going|hoped|planned|estimated to be? <res> <res>? <res>?"},
	{RULE_ETA, EXTEND, "will|should|could|may|might|must|ll|to|being be? "
	    "<res> <res>? <res>?"},
	{RULE_ETA, EXTEND, "<res> <res>? <res>?"},

	/* a presumed root cause */
	{RULE_CAUSE, HIT, "caused by|when"},
	{RULE_CAUSE, HIT, "triggered|induced|brought_about by"},
	/* what a product sends on a trigger: "Messages triggered by
	   segment membership may be delayed" */
	{RULE_CAUSE, EXCEPT, "messages|emails|notifications|alerts|jobs|"
	    "workflows|builds|events|webhooks|actions|automations|campaigns|"
	    "pipelines|runs triggered by"},
	{RULE_CAUSE, HIT, "due_to|owing_to|as_a_result_of|as_result_of|"
	    "because_of|thanks_to|on_account_of"},
	{RULE_CAUSE, EXCEPT, "thanks_to|thank_you_to|many_thanks_to|"
	    "big_thanks_to ~5 for"},
	{RULE_CAUSE, HIT, "because !of"},
	/* as typed in a hurry: "an outage do to loss of connectivity",
	   "not working bacuse of the missing Redis image" */
	{RULE_CAUSE, HIT, "outage|outages|issue|issues|problem|problems|"
	    "downtime|delay|delays|errors|disruption|disruptions do_to|dew_to"},
	{RULE_CAUSE, HIT, "becuase|bacuse|becasue|beacuse|becouse|becaus|"
	    "cuz|coz"},
	{RULE_CAUSE, HIT, "the|a|its|one|this? likely|probable|primary|main|"
	    "underlying|suspected|actual|real|immediate|initial|apparent|"
	    "proximate|original|root? cause|culprit|trigger of|for? ~3 is|was|"
	    "are|were|"
	    "appears|appeared|seems|seemed|looks|has_been|have_been|had_been|"
	    "lies|lay|turned_out|proved|s|appears_to_be|appeared_to_be|"
	    "seems_to_be|seemed_to_be|looks_to_be|is_likely|was_likely|"
	    "is_believed_to_be !not|still|unknown|unclear|under|"
	    "being|yet|currently|undetermined|unconfirmed|t|now|to|likely"},
	{RULE_CAUSE, HIT, "the|a|its|one|this? likely|probable|primary|main|"
	    "underlying|suspected|actual|real|immediate|initial|apparent? "
	    "source|origin of ~3 is|was|are|were|appears|appeared|seems|seemed|"
	    "looks|has_been|have_been|had_been|lies|lay|turned_out|proved|s "
	    "!not|still|unknown|unclear|under|being|yet|currently|undetermined|"
	    "unconfirmed|t|now|to"},
	/* a cause found, not named: "The cause of today's BGP session flaps
	   on our Chicago routers has been identified" (not "... was
	   identified as a failed disk") */
	{RULE_CAUSE, EXCEPT, "the|a|its? root? cause|source|origin|culprit of "
	    "~9 has_been|have_been|was|is|were|had_been identified|found|"
	    "determined|located|isolated|confirmed|established|pinpointed "
	    "!as"},
	/* "The reason is that one of our runner pools lost its autoscaling
	   group", "Reason for this is a duplicated consumer" */
	{RULE_CAUSE, HIT, "the? reason|reasons for? ~3 is|was|are|were|s "
	    "that|a|an|the|our"},
	/* "Cause it is ...": because */
	{RULE_CAUSE, EXCEPT, "cause|cos|coz it|we|they|i|its|there"},
	{RULE_CAUSE, HIT, "is|was|are|were|be|s the? direct|main|root|primary|"
	    "likely|probable|underlying? result|results|consequence|"
	    "consequences of"},
	{RULE_CAUSE, HIT, "caused|triggered a|an|the|that|this|these|those"},
	{RULE_CAUSE, HIT, "resulted|resulting|stem|stems|stemmed|stemming|"
	    "originate|originated|originates|originating|arose|arise|arises|"
	    "arising|derive|derives|derived from"},
	{RULE_CAUSE, HIT, "traced|tracked ~6 to|back_to"},
	/* "The slow load times trace back to packet loss on one of our
	   transit carriers", "are being driven by an unusually large
	   import", "a faulty network switch ... is behind the sync
	   slowdowns", "the notification delays relate to a certificate
	   renewal" */
	{RULE_CAUSE, HIT, "trace|traces back_to"},
	{RULE_CAUSE, HIT, "driven_by|fuelled_by|fueled_by a|an|the|our|one|"
	    "one_of_our"},
	{RULE_CAUSE, HIT, "is|are|was|were likely|probably? behind the|these|"
	    "this|those ~2 errors|issue|issues|slowdown|slowdowns|outage|"
	    "problem|problems|failures|delays|disruption|timeouts|latency"},
	{RULE_CAUSE, EXCEPT, "what|whatever|who|which is|are|was|were "
	    "likely|probably? behind"},
	{RULE_CAUSE, HIT, "relate|relates to a|an|our|one_of_our"},
	/* weather doing damage: "Storm Ingunn has damaged several masts" */
	{RULE_CAUSE, HIT, "storm|storms|weather|flooding|floods|lightning|"
	    "fire|winds|hurricane|typhoon|earthquake <Cap>? has|have|had "
	    "damaged|destroyed|knocked_out|brought_down|taken_down|cut"},
	/* the wrong thing touched: "unplugged the wrong power feed" (not
	   "removed the incorrect emails from our queues", a fix) */
	{RULE_CAUSE, HIT, "unplugged|removed|disconnected|rebooted|restarted|"
	    "deleted|shut_down|switched_off|updated|changed|modified the|a "
	    "wrong"},
	/* "A faulty network switch ... has been identified as the source of
	   the packet loss" */
	{RULE_CAUSE, HIT, "been|was|were identified|confirmed|determined|"
	    "found as|to_be the source|cause|root_cause|origin|culprit"},
	/* a guess at a fault of a part: "The team suspects a caching problem
	   in our session layer" */
	{RULE_CAUSE, HIT, "suspect|suspects|suspected a|an ~2 problem|issue|"
	    "bug|fault|failure|leak|misconfiguration !with_this|in_this"},
	/* "the issue is a bad configuration push to our edge servers" */
	{RULE_CAUSE, HIT, "the|this issue|problem|outage|incident|fault is|was "
	    "a|an bad|faulty|broken|buggy|failed|failing|expired|misconfigured|"
	    "incorrect|corrupt|corrupted|malformed|defective !one"},
	/* trouble dated from a change: "following a configuration change",
	   "after this morning's deploy" (not "following the deployment" of
	   a fix, which "the" names) */
	{RULE_CAUSE, HIT, "following|after a|an|recent|a_recent|the_recent|"
	    "our_recent|the_latest|our_latest|yesterday|today|tonight|"
	    "this_morning|this_afternoon|last_night|last_week s? "
	    "configuration|config|code|software|network|infrastructure|"
	    "database|dns|platform|firmware? change|changes|deploy|deployment|"
	    "deploys|release|update|upgrade|rollout|migration|push "
	    "!of|is|was|has|completes|completed|finishes|finished|goes"},
	/* "an expired certificate on the edge is responsible" */
	{RULE_CAUSE, HIT, "is|was|are|were|be likely|probably|possibly|"
	    "directly? responsible $"},
	{RULE_CAUSE, HIT, "is|was|are|were|be likely|probably|possibly|"
	    "directly? responsible for the|these|this|our error|errors|issue|"
	    "issues|outage|outages|problem|problems|failures|disruption|"
	    "incident|delays|slowness|latency|timeouts|degradation"},
	{RULE_CAUSE, HIT, "attributed|attributable to"},
	/* "identified the AWS issues as a potential cause of the
	   connectivity issues" */
	{RULE_CAUSE, HIT, "as a|the|one_of_the potential|possible|likely|"
	    "probable|root|main|primary? cause|causes|source|trigger|culprit "
	    "of|for"},
	/* "API issues related to our database instance" */
	{RULE_CAUSE, HIT, "issue|issues|problem|problems|errors|failures|"
	    "outage|degradation|slowness|latency related|linked to a|an|our|"
	    "the|one_of_our <kind>? <part>"},
	{RULE_CAUSE, HIT, "issue|issues|problem|problems|errors|failures|"
	    "outage|degradation|slowness|latency related|linked to a|an|our|"
	    "the? <faultmod>"},
	/* "a DNS-related issue affecting the cluster", "We have a database
	   issue" */
	{RULE_CAUSE, HIT, "a|an|the dns|network|networking|database|storage|"
	    "hardware|power|certificate|configuration|config "
	    "related issue|issues|problem|problems|failure|failures|outage"},
	{RULE_CAUSE, HIT, "a|an|the <faultmod> related issue|issues|problem|"
	    "problems|failure|failures|outage"},
	{RULE_CAUSE, HIT, "we have|had|are_having|are_experiencing|"
	    "have_had a|an <part> issue|problem|failure|outage"},
	/* "a change within their managed-environment resulted in impact" */
	{RULE_CAUSE, HIT, "change|update|deployment|upgrade|migration ~4 "
	    "resulted|results in"},
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
	{RULE_CAUSE, HIT, "issue|problem|fault|outage|incident has|have|had "
	    "been identified|determined|diagnosed as|to_be"},
	{RULE_CAUSE, HIT, "failure|failures|crash|crashes|misconfiguration|bug|"
	    "exhaustion|saturation|overload|congestion|partition|fault|faults "
	    "is|are|was|were|has_been|have_been? disrupting|causing|preventing|"
	    "blocking|breaking|degrading|leading_to|resulting_in"},
	/* the same with words between: "A network partition between two of
	   our data centers is preventing some clients from connecting", "A
	   configuration change deployed at 10:05 UTC is causing
	   authentication failures" (up to eight words, in one clause) */
	{RULE_CAUSE, HIT, "a|an|the <causenoun> ~8 is|are|was|were|"
	    "has_been|have_been " CAUSING},
	{RULE_CAUSE, HIT, "a|an|the <kind>? <kind>? failure|failures|crash|"
	    "crashes|partition|fault|faults|outage ~8 is|are|was|were|"
	    "has_been|have_been " CAUSING},
	/* a trouble of a kind said to do harm: "A hardware failure on a
	   storage node in our Amsterdam data center is affecting a small
	   number of volumes", "A network issue within our primary data
	   center is disrupting connectivity", "A power disruption at one of
	   our Chicago facilities has taken a subset of servers offline" */
	{RULE_CAUSE, HIT, "a|an|the <faultkind> failure|failures|fault|faults|"
	    "outage|outages|issue|issues|problem|problems|disruption|"
	    "disruptions|interruption|malfunction ~9 is|are|was|were|"
	    "has_been|have_been|has|have affecting|impacting|taken|knocked|"
	    "brought|left|" CAUSING},
	{RULE_CAUSE, HIT, "a|an|the <causenoun> ~4 overwhelmed|overloaded|"
	    "saturated|exhausted|took_down|knocked_out|brought_down|crashed|"
	    "broke|killed|took_out|locked|corrupted|wiped"},
	/* "following the failure of a storage array", "the encoder PC is
	   overheating", "one of the db replicas fell over" */
	{RULE_CAUSE, HIT, "following|after the|a failure|loss|crash|outage|"
	    "expiry|expiration|corruption of"},
	{RULE_CAUSE, HIT, "the|a|an|one_of_the|one_of_our ~2 <part> fell_over|"
	    "blew_up|overheated|is_overheating|caught_fire|has_failed|"
	    "is_failing"},
	/* the cause named as such: "We've identified an unusually high
	   volume of automated requests from a single partner integration as
	   the source", "Our engineers have linked this to a storage
	   permissions change", "a metadata ingestion job skipped subtitle
	   tracks, which is why they are not appearing" */
	{RULE_CAUSE, HIT, "as the|its likely|probable? source|cause|culprit|"
	    "trigger|root_cause"},
	{RULE_CAUSE, HIT, "linked|tied|attributed ~3 to a|an|the ~3 "
	    "<causenoun>"},
	{RULE_CAUSE, HIT, "which_is_why|which_s_why|that_s_why"},
	/* our own change: "it's the update we shipped this morning", "after
	   I botched a plugin update" */
	{RULE_CAUSE, HIT, "it_s|it_is|it_was the|a|an update|deploy|release|"
	    "change|patch|config|migration we|i ~1 shipped|pushed|deployed|"
	    "made|ran|rolled_out|released"},
	{RULE_CAUSE, HIT, "i|we botched|messed_up|screwed_up|fat_fingered"},
	/* the weather's damage: "the main one's antenna got damaged in the
	   storm", "Roof leak in the server room has taken down two
	   switches" */
	{RULE_CAUSE, HIT, "damaged|destroyed|knocked_out|knocked_down|"
	    "taken_out|flooded ~2 in|by the|a|last_night_s storm|fire|flood|"
	    "flooding|lightning|winds|gale|hurricane|earthquake"},
	{RULE_CAUSE, HIT, "<causenoun> ~5 has|have taken_down|knocked_out|"
	    "brought_down|taken_out|destroyed|damaged"},
	/* "after a memory leak crashed the game world" */
	{RULE_CAUSE, HIT, "a|an|the ~2 <causenoun> crashed|broke|killed|"
	    "took_out|took_down|knocked_out|brought_down|overloaded|"
	    "overwhelmed|filled|exhausted the|our|a|some|all|several"},
	/* the weather doing harm: "Heavy snow across Cumbria is disrupting
	   deliveries" */
	{RULE_CAUSE, HIT, "heavy|severe|extreme|strong|high|bad|icy|freezing|"
	    "torrential snow|snowfall|storm|storms|weather|winds|wind|"
	    "flooding|floods|rain|rainfall|heat|ice|demand ~6 is|are|was|were|"
	    "has_been|have_been " CAUSING},
	/* a thing done by mistake: "The CDN cache was purged by mistake",
	   "The outbound call queue was filled by an alert loop" */
	{RULE_CAUSE, HIT, "purged|deleted|removed|dropped|wiped|cleared|"
	    "flushed|disabled|overwritten ~3 by_mistake|by_accident|in_error|"
	    "accidentally"},
	{RULE_CAUSE, HIT, "was|were|got|been filled|flooded|swamped|"
	    "overwhelmed|overloaded|saturated by a|an|the ~3 <causenoun>"},
	{RULE_CAUSE, HIT, "a|an|the|our? expired|expiring|revoked|invalid "
	    "tls|ssl|https|x509? <kind>? certificate|certificates|cert|certs|"
	    "domain|license|licence "
	    "~6 is|are|was|were|has_been|have_been? disrupting|causing|"
	    "preventing|blocking|breaking"},
	/* a wrong setting named at work: "an incorrect DNS record published
	   during this morning's maintenance is sending a portion of API
	   traffic to an inactive endpoint" */
	{RULE_CAUSE, HIT, "a|an|the incorrect|wrong|bad|stale|invalid|corrupt|"
	    "corrupted|misconfigured|faulty <kind>? record|records|route|"
	    "routes|configuration|config|setting|settings|rule|rules|entry|"
	    "entries|value|values|flag ~6 is|are|was|were sending|routing|"
	    "directing|causing|preventing|blocking|rejecting|breaking|"
	    "returning|pointing"},
	/* work done on the wrong thing: "ran a maintenance script against
	   the wrong cluster" (not what customers see: "credited to the
	   wrong account") */
	{RULE_CAUSE, HIT, "against|on the|a wrong|incorrect cluster|database|"
	    "server|host|hosts|environment|system|network|servers|nodes|node"},
	/* errors told as coming from a part: "the intermittent 503 errors
	   are coming from a recently introduced rate limiter" */
	{RULE_CAUSE, HIT, "errors|failures|timeouts|issues|problems|"
	    "rejections|lag|slowdown|slowdowns|slowness|latency|delay|delays|"
	    "declines|bounces|deferrals ~2 are|is coming|originating from a|an|"
	    "the|our|"
	    "one_of_our !incident|issue|outage|problem|disruption|same|"
	    "earlier|previous"},
	/* "the slowdown is coming from lock contention on the primary
	   database" */
	{RULE_CAUSE, HIT, "errors|failures|timeouts|lag|slowdown|slowdowns|"
	    "slowness|latency|delay|delays ~2 are|is coming|originating from "
	    "~1 <failing>"},
	/* "The slowness of web14 comes from a compromised WordPress site" */
	{RULE_CAUSE, HIT, "errors|failures|timeouts|issues|problems|"
	    "rejections|lag|slowness|delay|delays|latency|instability ~6 "
	    "come|comes|originates|originate from a|an|the|our|one_of_our "
	    "!incident|issue|outage|problem|disruption|same|earlier|previous"},
	/* a named thing's failure: "Database failure is affecting logins",
	   not "A failure is affecting some customers" (nothing named) */
	{RULE_CAUSE, HIT, "!a|an|the|this|that|these|those|any|another|no|"
	    "same|one * failure|failures|crash|crashes|misconfiguration|bug|"
	    "exhaustion|saturation|overload|congestion|partition|fault|faults "
	    "is|are|was|were|has_been|have_been impacting|affecting"},
	{RULE_CAUSE, HIT, "created|caused|generated|produced|introduced|"
	    "triggered a|an|the large|significant|growing? backlog|spike|surge|"
	    "build_up|buildup|queue"},
	/* monitoring that fired names no cause */
	{RULE_CAUSE, EXCEPT, "triggered|triggers|trigger a|an|the? "
	    "notification|notifications|alert|alerts|alarm|alarms|page|warning|"
	    "exception"},
	/* nor a step taken to mend it: "the team triggered a manual
	   downgrade" */
	{RULE_CAUSE, EXCEPT, "triggered|triggers|trigger a|an|the manual|"
	    "automatic|automated|full? " MEND_STEPS},
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
	    "evaluate|get_to|find_out|know ~3 <causeword> !by"},
	{RULE_CAUSE, EXCEPT, "identifying|determining|finding|establishing|"
	    "understanding|confirming|isolating|diagnosing|pinpointing|"
	    "investigating|tracing|uncovering|locating|narrowing_down|"
	    "assessing|"
	    "analyzing|analysing|exploring|reviewing|examining|evaluating|"
	    "investigation_into|investigation_of|looking_into|looking_for|"
	    "searching_for|focused_on|working_on ~3 <causeword> !by"},
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
	{RULE_CAUSE, EXCEPT, "due_to|because_of|owing_to the ~2 nature|severity|"
	    "complexity|extent of"},
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s? related|linked|connected to "
	    "a|the|our previous|earlier|prior|separate|another|ongoing"},
	/* another incident named as the cause names none: "caused by the
	   same issue as our earlier incident" */
	{RULE_CAUSE, EXCEPT, "caused_by|due_to|because_of|related_to the same "
	    "issue|problem|incident|outage as|that|which"},
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
	/* what the impact is named after: "false monitor alerts due to
	   delayed data", "Webhooks are delayed due to a backlog" */
	{RULE_CAUSE, EXCEPT, "due_to|because_of|owing_to a|an large|growing|"
	    "temporary|significant? backlog|queue|delay|delays "
	    "!of|in|at|on|from|caused|by|with"},
	{RULE_CAUSE, EXCEPT, "due_to|because_of|owing_to delayed|missing|late|"
	    "incomplete|stale|partial data|metrics|events|processing|"
	    "ingestion|results"},
	{RULE_CAUSE, EXCEPT, "due_to be|start|begin|finish|complete|expire|end|"
	    "run|arrive|resume|close|launch"},
	{RULE_CAUSE, EXCEPT, "because we ~2 <mitverb>"},
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s|likely|probably|possibly? "
	    "related|linked|connected to https|http"},
	/* another issue's number: "This is related to #2281" */
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s|likely|probably|possibly? "
	    "related|linked|connected to $"},
	{RULE_CAUSE, EXCEPT, "due_to|because_of|as_a_result_of this|that|which "
	    "our|we|they|it|the"},
	{RULE_CAUSE, EXCEPT, "because the|this|that problem|issue|incident|"
	    "outage"},
	/* the incident itself as the reason: "Because this affects
	   authentication, users may be logged out" */
	{RULE_CAUSE, EXCEPT, "because|since this|it|that affects|impacts|"
	    "involves|is_affecting|is_impacting|affected|impacted"},
	/* what the incident brings to support: "Due to an influx of support
	   requests, response times may be longer than usual" */
	{RULE_CAUSE, EXCEPT, "due_to|because_of|owing_to ~4 support|"
	    "customer_service|helpdesk|help_desk requests|tickets|inquiries|"
	    "enquiries|contacts|queries|calls|chats|cases"},
	/* a symptom named after another: "Some API requests may fail due to
	   timeouts" (not "due to latency in our database") */
	{RULE_CAUSE, EXCEPT, "due_to|because_of timeouts|timeout|latency|"
	    "slowness|high_latency|increased_latency|elevated_latency|"
	    "network_timeouts !in|at|on|from|of|with|between|caused|by|"
	    "within|across"},
	{RULE_CAUSE, EXCEPT, "due_to|because_of|as_a_result_of|owing_to "
	    "this|that|it $"},
	/* "a display issue stemming from this incident" */
	{RULE_CAUSE, EXCEPT, "stem|stems|stemming|stemmed|arising|arises|"
	    "resulting|originating|coming from this|that|the incident|issue|"
	    "outage|problem|disruption"},
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
	/* a renewal that did not happen: "automatic renewal didn't happen";
	   one that failed: "A routine credential rotation has failed" */
	{RULE_CAUSE, HIT, "rotation|rotations has|have|had? failed"},
	{RULE_CAUSE, HIT, "renewal|renewals|auto_renewal|autorenewal ~3 "
	    "didn_t|did_not|failed|never|wasn_t|hasn_t|has_not|was_not"},
	/* a lapse of ours told as what we did: "I let the domain expire",
	   "I forgot to renew the domain", "we ran out of credits" */
	{RULE_CAUSE, HIT, "let|allowed ~3 domain|certificate|cert|hosting|"
	    "server|subscription|plan|it|contract expire|lapse|run_out"},
	{RULE_CAUSE, HIT, "forgot|forgotten|neglected|failed to renew|pay|"
	    "extend"},
	{RULE_CAUSE, HIT, "ran|run|running out_of credits|credit|quota|funds|"
	    "money|budget|minutes|allowance"},
	{RULE_CAUSE, HIT, "quota|limit|credits|allowance ~4 hit|reached|"
	    "exceeded|used_up|ran_out"},
	{RULE_CAUSE, HIT, "server|vps|vm|domain|hosting|plan|it expired|lapsed"},
	/* what harm came of an attack on us: "Sites getting ddosed", "was
	   hit with a 15 gbps DDOS", "Host was attacked" */
	{RULE_CAUSE, HIT, "getting|got|get|being|been|was|were|is|are|just "
	    "ddosed|ddos_ed|dosed|attacked|hacked|compromised|breached"},
	{RULE_CAUSE, HIT, "hit|targeted|struck by|with a|an ~4 ddos|dos|attack|"
	    "botnet"},
	/* a part that died or was lost: "some dead disks", "a failed CPU",
	   "We have lost we believe a core 10G switch", "mainboard failure" */
	{RULE_CAUSE, HIT, "dead|burnt|burned_out|fried <part>"},
	{RULE_CAUSE, HIT, "lost we_believe|it_seems|it_appears|apparently? "
	    "a|the|our|one_of_our ~4 <part>"},
	{RULE_CAUSE, HIT, "a|an|one|two|some|several failed|faulty|"
	    "defective mainboard|motherboard|cpu|cpus|disk|disks|harddisk|"
	    "hard_drive|hard_drives|hard_disk|drive|drives|psu|power_supply|"
	    "switch|router|fan|fans|controller|raid_controller|line_card|nic|"
	    "ups|transformer|breaker"},
	/* a fault of a part or a supplier said to do the harm: "A failure in
	   one of our storage clusters is causing slow uploads", "An outage
	   at our payment provider is affecting card payments" */
	{RULE_CAUSE, HIT, "failure|failures|outage|outages|fault|faults|"
	    "crash|crashes|malfunction|malfunctions in|at|of|on the|our|a|an|"
	    "one_of_our|one_of_the ~2 <part> is|are|was|were|"
	    "has_been|have_been affecting|impacting|disrupting|causing|"
	    "preventing|delaying|slowing"},
	{RULE_CAUSE, HIT, "failure|failures|outage|outages|fault|faults|"
	    "incident|issue|issues|problem|problems|disruption at|with|in "
	    "<supplier> ~4 is|are|was|were|has_been|have_been affecting|"
	    "impacting|disrupting|causing|preventing|delaying"},
	/* a fault of a part named as found: "We have identified a memory
	   leak in one of our services", "A misconfigured load balancer is
	   dropping a portion of requests" */
	{RULE_CAUSE, HIT, "identified|found|discovered|detected|traced|"
	    "isolated|spotted ~2 a|an memory_leak|race_condition|deadlock|"
	    "misconfiguration|regression|software_bug|configuration_error|"
	    "config_error"},
	/* "We've identified a bug in the latest release of the Android app" */
	{RULE_CAUSE, HIT, "identified|found|discovered|detected|spotted ~2 "
	    "a|an bug|bugs|regression|defect in|within|with the|our|a|an ~3 "
	    "release|deploy|deployment|version|update|build|app|code|library|"
	    "firmware|driver|patch|change|configuration"},
	{RULE_CAUSE, HIT, "a|an|one|two|some|several misconfigured|"
	    "malfunctioning|overloaded|faulty|failing <part> is|are|was|were|"
	    "has|have"},
	{RULE_CAUSE, EXCEPT, "not|never|no|if|whether|unless ~1 identified|"
	    "found|discovered|detected|traced|isolated|spotted"},
	{RULE_CAUSE, EXCEPT, "if|whether|unless|in_case a|an|one|two|some|"
	    "several misconfigured|malfunctioning|overloaded|faulty|failing"},
	{RULE_CAUSE, HIT, "mainboard|motherboard|cpu|memory|disk|harddisk|"
	    "hard_drive|hard_disk|psu|power_supply|switch|router|fan|fans|"
	    "cooling_system|raid|controller failure|failures|crash"},
	{RULE_CAUSE, HIT, "broke_down|died in ~3 crash|failure|fire"},
	/* "The issues are a result of an authentication problem" */
	{RULE_CAUSE, HIT, "is|are|was|were a|the|the_direct|a_direct result_of "
	    "!this|these|the_issue|the_incident|the_outage"},
	/* "a partial outage ... related to a REDIS hiccup", "likely storm
	   related" */
	{RULE_CAUSE, HIT, "related_to a|an <Cap>? <failing>? hiccup|glitch|"
	    "failure|fault|crash|problem|issue|bug"},
	{RULE_CAUSE, HIT, "storm|weather|heat|power|flood|lightning|"
	    "fire related"},
	/* conditions named as what harms: "Heavy server loads are causing
	   degraded performance", "Unforeseen weather events are causing
	   server unavailability" */
	{RULE_CAUSE, HIT, "load|loads|traffic|weather|events|storm|heat|"
	    "demand|usage is|are|was|were causing|creating|leading_to"},
	{RULE_CAUSE, HIT, "higher_than_normal|higher_than_usual|heavier_than|"
	    "more_than_usual ~2 load|traffic|demand|usage"},
	/* a trouble named, then what it stops: "issues with our Active
	   Directory domain, preventing technicians from logging in",
	   "issues with its origin servers which has brought down" */
	{RULE_CAUSE, HIT, "issue|issues|problem|problems|trouble with ~5 "
	    "preventing|blocking|which_blocks|which_prevents|"
	    "which_has_brought_down|which_brought_down|bringing_down|"
	    "taking_down|which_took_down"},
	/* a trouble named, then, in that sentence or the next, what it does:
	   "Our Login Provider Auth0 is currently facing issues which is
	   affecting our login page", "We are observing high latency between
	   our CDN and our origin storage. This is resulting in slow or failed
	   delivery", "AWS is experiencing elevated error rates ... As a
	   result, users may see increased errors" (not "an issue. This is
	   causing errors": no trouble named) */
	{RULE_CAUSE, TROUBLE, "<supplier> ~6 is|are|was|were|has_been|"
	    "have_been currently|still|now|also? having|experiencing|facing|"
	    "suffering|seeing|undergoing"},
	/* a part of ours in trouble, not showing an impact ("Our servers
	   are experiencing elevated error rates" tells what customers see) */
	{RULE_CAUSE, TROUBLE, "the|our|a|an|one_of_our|one_of_the "
	    "~2 <trouble> is|are|was|were|has_been|have_been "
	    "currently|still|now|also? having|experiencing|facing|suffering "
	    "~2 <ownfault>"},
	{RULE_CAUSE, TROUBLE, "<capname> is|are|was|were|has_been|"
	    "have_been currently|still|now|also? having|experiencing|facing|"
	    "suffering"},
	{RULE_CAUSE, TROUBLE, "issue|issues|problem|problems|trouble|"
	    "troubles|difficulties|degradation|failure|failures|fault|faults "
	    "with|on|in|at|from|within|affecting the|our|their|its|one_of_our|"
	    "one_of_the|a|an <kind>? <kind>? <kind>? <trouble>"},
	/* what is seen between two parts of ours: "high latency between our
	   CDN and our origin storage" (not "errors from our servers") */
	{RULE_CAUSE, TROUBLE, "errors|error_rate|error_rates|latency|"
	    "latencies|slowness|timeouts|response_times|packet_loss "
	    "between|communicating_with the|our|their|its|one_of_our|"
	    "one_of_the|a|an <kind>? <kind>? <kind>? <trouble>"},
	{RULE_CAUSE, TROUBLE, "issue|issues|problem|problems|trouble|"
	    "troubles|difficulties|degradation|failure|failures|errors|"
	    "latency|slowness|timeouts|response_times with|on|at|from "
	    "<supplier>"},
	{RULE_CAUSE, TROUBLE, "experiencing|having|seeing|facing|"
	    "identified|found|detected a|an|some? <trouble> "
	    "issue|issues|problem|problems|failure|failures|trouble|fault|"
	    "faults|outage"},
	/* our own app gone down: "Our driver app crashed first thing this
	   morning, resulting in ..." */
	{RULE_CAUSE, TROUBLE, "the|our|a|an ~2 <trouble> crashed|failed|died|"
	    "went_down|broke|froze|hung"},
	{RULE_CAUSE, TROUBLE, "the|our|a|an ~2 app|apps|application|system|"
	    "platform|software crashed|failed|died|went_down|broke|froze|hung"},
	/* a load named: "a very large number of requests from a user",
	   "a sporadic flood of external requests to our servers" */
	{RULE_CAUSE, TROUBLE, "large|huge|high|unusual|unusually_high|"
	    "abnormal|abnormally_high|elevated|increased|unexpected|massive "
	    "number|numbers|volume|volumes|amount|amounts|levels|level of "
	    "requests|traffic|connections|load|calls|queries|messages|emails"},
	{RULE_CAUSE, TROUBLE, "a|an|the ~2 flood|surge|spike|influx|burst|"
	    "wave of ~2 requests|traffic|connections|calls|queries|messages|"
	    "emails"},
	/* our own change named: "making some back-end changes on our
	   outbound SMTP servers" */
	{RULE_CAUSE, TROUBLE, "change|changes|migration|maintenance|upgrade|"
	    "deploy|deployment ~2 on|to|of the|our|one_of_our ~3 <trouble>"},
	/* a part's state named: "The cold cache layer behind our CDN became
	   impaired", "the database is down" */
	{RULE_CAUSE, TROUBLE, "the|our|a|an|one_of_our|one_of_the ~2 "
	    "<trouble> ~3 became|went|is|was|were|are|has_been|have_been|"
	    "had_been impaired|degraded|overloaded|unavailable|unhealthy|"
	    "unresponsive|saturated|down|offline|full|corrupted|failing"},
	/* "Blob storage reads are timing out, resulting in empty
	   recordings" */
	{RULE_CAUSE, TROUBLE, "<trouble> ~2 is|are|was|were timing_out|"
	    "failing|erroring|crashing|unreachable|unresponsive|down|offline"},
	/* a vendor's trouble: "a Discord API issue" */
	{RULE_CAUSE, TROUBLE, "a|an|the <vendor> ~2 issue|issues|outage|"
	    "outages|incident|problem|problems|failure|disruption|bug"},
	{RULE_CAUSE, THEN, "as_a_result|consequently|because_of_this|"
	    "due_to_this|as_a_consequence $"},
	{RULE_CAUSE, THEN, "this|which|that|it|this_issue|this_problem|"
	    "this_outage|this_degradation|this_disruption|the_issue|the_problem "
	    "is|was|are|were|has_been|have_been|will|may|might|could|can|has|"
	    "have|s|also|currently|now ~1 causing|cause|caused|resulting_in|"
	    "result_in|resulted_in|impacting|impact|impacted|affecting|affect|"
	    "affected|preventing|prevent|prevented|blocking|block|blocked|"
	    "leading_to|lead_to|led_to|brought_down|bringing_down|"
	    "taking_down|generating|disrupting|degrading|delaying|slowing|"
	    "slowing_down"},
	{RULE_CAUSE, THEN, "this|which|that|it causes|affects|impacts|"
	    "prevents|blocks|results_in|leads_to|brings_down|takes_down|"
	    "disrupts|degrades|delays|slows|slows_down"},
	{RULE_CAUSE, THEN, "causing|impacting|affecting|preventing|"
	    "resulting_in|leading_to|generating|disrupting|blocking|"
	    "bringing_down|taking_down"},
	/* a link found: "identified a correlation between this issue and
	   one of our Cloud Service Providers" */
	{RULE_CAUSE, HIT, "identified|found|confirmed|established|observed|"
	    "seeing|see a|an|some? strong|clear|possible|potential? "
	    "correlation|link|connection between ~4 and"},
	/* "identified a backend configuration issue as the root cause" */
	{RULE_CAUSE, HIT, "identified|found|determined|confirmed|isolated|"
	    "pinpointed|diagnosed ~6 as|to_be the|a|an likely|probable|"
	    "primary|main|potential|possible? underlying|root? cause|causes|"
	    "culprit|source|trigger"},
	/* the change at fault taken back: "rolling back the related
	   configuration", "Engineers have rolled back the problematic
	   change" (not "rolled back the most recent release as a
	   precaution") */
	{RULE_CAUSE, HIT, "rolling_back|rolled_back|roll_back|reverting|"
	    "reverted|revert|undoing|undid the|a|an|this|our|that related|"
	    "problematic|offending|faulty|bad|responsible|suspect|broken|"
	    "defective ~2 change|changes|configuration|config|deploy|"
	    "deployment|release|update|upgrade|migration|patch|rule|rules"},
	/* "These networking issues can cause specific ranges to be
	   unreachable" */
	{RULE_CAUSE, HIT, "these|those|the <kind>? <trouble> issue|issues|"
	    "problem|problems|failure|failures|fault|faults can|may|could|"
	    "will|are|is|were|was cause|causing|caused|impacting|affecting|"
	    "preventing"},
	/* "Our US database is experiencing slower than usual disk
	   performance" */
	{RULE_CAUSE, HIT, "the|our|one_of_our ~2 <trouble> is|are|was|were "
	    "currently|still|now? experiencing|suffering|having ~4 disk|"
	    "storage|io|hardware|memory|cpu|power|cooling|replication "
	    "performance|issues|problems|failure|failures|faults|degradation|"
	    "lag|pressure|contention|exhaustion"},
	{RULE_CAUSE, HIT, "the|our|one_of_our ~2 <trouble> is|are|was|were "
	    "currently|still|now? experiencing|suffering|having some|an? "
	    "unexpected|intermittent|major|serious|technical? issues|issue|"
	    "problems|problem|difficulties|failure|failures|faults|fault"},
	/* "delays in their chart data related to a global outage" */
	{RULE_CAUSE, HIT, "related_to a|an ~2 outage|outages|failure|failures|"
	    "disruption|incident|attack"},
	/* "We have identified the issue with our infrastructure" */
	{RULE_CAUSE, HIT, "identified|found|isolated|traced|located|"
	    "pinpointed the|an|a issue|problem|fault|failure with|in|on|to "
	    "our|the|one_of_our <kind>? <kind>? <trouble>"},
	/* "an issue related to the SFO3 network maintenance" */
	{RULE_CAUSE, HIT, "issue|issues|problem|problems|errors|outage "
	    "related|linked to a|an|the|our ~3 maintenance|migration|upgrade|"
	    "change|deploy|deployment|rollout"},
	/* "Degraded network capacity in an Azure datacenter is causing" */
	{RULE_CAUSE, HIT, "degraded|reduced|limited|insufficient|lost "
	    "<kind>? capacity|bandwidth|performance|connectivity ~6 is|are|"
	    "was|were|has_been|have_been " CAUSING},
	/* the trouble itself doing it: "An issue with a Reddit backend has
	   impacted many users" */
	{RULE_CAUSE, HIT, "issue|issues|problem|problems|outage|failure|"
	    "failures|fault with|in|on the|our|their|its|a|an <kind>? ~2 "
	    "<trouble> has|have|is|are|was|were impacted|impacting|affected|"
	    "affecting|caused|causing|disrupted|disrupting|prevented|"
	    "preventing"},
	/* a part's trouble named: "an issue with the disk storage system",
	   "Seems to be dedicated server issues" */
	{RULE_CAUSE, HIT, "issue|issues|problem|problems|fault|faults with|in "
	    "the|our|one_of_our <failing> storage? system|subsystem|layer|"
	    "cluster"},
	{RULE_CAUSE, HIT, "seems|seem|appears|looks to_be|like ~2 <failing> "
	    "issue|issues|problem|problems|failure|bug"},
	{RULE_CAUSE, HIT, "<Cap> crashed|died|panicked as_usual|again"},
	/* work named as doing the harm: "Zayo maintenance on the dark fiber
	   within the network is interrupting service" */
	{RULE_CAUSE, HIT, "maintenance|works|migration|upgrade ~8 is|are|"
	    "was|were|has_been|have_been " CAUSING},
	/* an attack said to do the harm */
	{RULE_CAUSE, HIT, "attack|attacks|ddos is|are|was|were ~1 "
	    "impacting|affecting|disrupting|targeting|causing|overwhelming"},
	{RULE_CAUSE, HIT, "on|at|within|is_with|lies_with the? <name> s? "
	    "side|end|network|networks|backbone"},
	/* where customers are, not whose fault: "devices using the
	   built-in SIM on the EE network" */
	{RULE_CAUSE, EXCEPT, "devices|customers|users|subscribers|phones|sim|"
	    "sims|handsets|mobiles ~4 on|using the? <name> network|networks"},
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
	/* "power went out", "the power has gone off" */
	{RULE_CAUSE, HIT, "power|electricity|mains went|has_gone|had_gone "
	    "out|off|down"},
	{RULE_CAUSE, HIT, "ddos|dos|malicious|cyber|denial_of_service|"
	    "volumetric|botnet attack|attacks"},
	/* an attack as when a feature works, not as what happened: "Email
	   delivery (i.e on DDoS attack) will not be available" */
	{RULE_CAUSE, EXCEPT, "on|upon|in_case_of|in_the_event_of|"
	    "protection_from|protection_against|protect_against|"
	    "protects_against a|an|any? "
	    "ddos|dos|malicious|cyber|denial_of_service|volumetric|botnet "
	    "attack|attacks"},
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

	/* a power cut that is the incident itself, not what caused one, as a
	   power network's page tells it: "You can still report a power cut
	   by calling 105", "reports of a power cut in parts of north Hull",
	   "The planned power cut in Beverley has overrun" */
	{RULE_CAUSE, EXCEPT, "to|can|please|can_still report a|the power_cut|"
	    "power_outage|power_failure"},
	{RULE_CAUSE, EXCEPT, "reports|reporting of a|the power_cut|"
	    "power_outage|power_failure"},
	{RULE_CAUSE, EXCEPT, "planned|scheduled power_cut|power_cuts|"
	    "power_outage|outage|outages"},

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
	    "partial|degraded|reduced|slow|slower|poor ~3 <impactnoun>"},
	{RULE_CAUSE, HIT, "causing|creating|leading_to|resulting_in|led_to "
	    "degraded|reduced|slow|slower|poor ~2 performance|speeds|"
	    "response_times"},
	/* "a configuration change deployed yesterday, which gradually led
	   to degradation of service" */
	{RULE_CAUSE, HIT, "which|that gradually|eventually|ultimately|"
	    "subsequently|then|quickly|in_turn led_to|caused|resulted_in "
	    "<impactnoun>"},
	/* "taken down, which is currently causing service disruption" */
	{RULE_CAUSE, HIT, "which|that is|was|are|were currently|now|also|"
	    "still? causing|creating|resulting_in|leading_to ~2 <impactnoun>"},
	/* a trouble of a named supplier doing harm: "A CloudFlare issue is
	   impacting the following services" */
	{RULE_CAUSE, HIT, "<capname> ~2 issue|issues|outage|outages|incident|"
	    "problem|problems|failure|disruption is|are|was|were impacting|"
	    "affecting|causing|disrupting"},
	/* "Emails are delayed as Mailgun is experiencing a major outage" */
	{RULE_CAUSE, HIT, "as|since <capname> is|are|was|were|has_been|"
	    "have_been experiencing|having|suffering"},
	/* what the trouble is: "the problem is a networking issue" */
	{RULE_CAUSE, HIT, "the problem|issue|fault is|was|seems_to_be|"
	    "appears_to_be a|an <faultmod> issue|problem|fault|failure|bug|"
	    "outage"},
	/* a trouble named, then what it did: "an issue with rate limits that
	   blocked the bot" */
	{RULE_CAUSE, HIT, "issue|issues|problem|problems with ~3 that|which "
	    "blocked|prevented|stopped|broke|caused|triggered"},
	/* the issue's effects one after the other: "the issues preventing
	   users from accessing Claude.ai, and causing elevated
	   authentication errors" */
	{RULE_CAUSE, EXCEPT, "and|also|while|thereby causing|creating|"
	    "resulting_in|leading_to"},
	/* what this incident did besides: "This issue also caused a delay in
	   the processing of alerts" */
	{RULE_CAUSE, EXCEPT, "this|the issue|problem|incident|outage|"
	    "disruption also|has|had|has_also|had_also|may_have|may_also_have? "
	    "caused|causes|triggered|delayed"},
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
	/* a change of ours named as the source: "a bad schema migration
	   locked the series table", "Regression from agent v5.8.0", "a
	   pagination bug I shipped" */
	{RULE_CAUSE, HIT, "a|an|the|our|one bad|faulty|broken|buggy|"
	    "botched|failed ~2 deploy|deployment|migration|config|"
	    "configuration|push|release|update|change|patch|rollout|upgrade"},
	{RULE_CAUSE, HIT, "happened|started|began|begun after|following we|"
	    "i ~2 updated|deployed|changed|migrated|upgraded|released|pushed|"
	    "rolled_out|switched|moved"},
	{RULE_CAUSE, HIT, "regression|regressions from|in|introduced_by|"
	    "introduced_in"},
	{RULE_CAUSE, HIT, "bug|bugs|regression|change i|we shipped|pushed|"
	    "deployed|introduced|released|made"},
	{RULE_CAUSE, HIT, "broke|broken it|this|things? with|in the|our|a|"
	    "an|yesterday_s|today_s? ~2 deploy|deployment|release|update|"
	    "change|migration|push"},
	{RULE_CAUSE, HIT, "change|changes|deploy|deployment|update|push|"
	    "release ~5 that|which broke|disabled|corrupted|deleted"},
	/* the source named: "A failed storage controller in AZ use2-az1 is
	   the source", "has its origin in a full hard disk" */
	{RULE_CAUSE, HIT, "is|are|was|were|seems_to_be|appears_to_be|"
	    "looks_to_be the|a likely|probable|main|primary|root? source|"
	    "culprit|origin|trigger $"},
	{RULE_CAUSE, HIT, "has|have|had its|their origin|origins in"},
	/* "The source appears to be our container registry" */
	{RULE_CAUSE, HIT, "the source|cause|culprit appears_to_be|"
	    "seems_to_be|looks_to_be|is_likely|is_probably our|the|a|an"},
	{RULE_CAUSE, HIT, "is|are|was|were the|a likely|probable|main|"
	    "primary|root? source|culprit|origin|trigger of the|this problem|"
	    "problems|issue|issues|outage|errors|failures|disruption|delays"},
	/* "An overloaded index gateway is the source of the slowness" */
	{RULE_CAUSE, HIT, "is|are|was|were the|a likely|probable|main|"
	    "primary|root? source|culprit|origin|trigger of the|this "
	    "<impactnoun>"},
	{RULE_CAUSE, EXCEPT, "what|which is|was the"},
	/* "A failing ingester is disrupting writes and reads" */
	{RULE_CAUSE, HIT, "a|an|one|the failing|failed|faulty|broken|"
	    "misbehaving|degraded|overloaded|stuck|crashing|expired ~6 is|are|"
	    "was|were " CAUSING},
	/* "A hardware failure in one of our macOS fleets has reduced
	   available capacity" (not "this failure has reduced") */
	{RULE_CAUSE, HIT, "a|an|the <faultkind> failure|failures|fault|faults|"
	    "outage ~6 has|have|is|are reduced|reducing|limited|limiting|"
	    "degraded|degrading|slowed|slowing"},
	/* "An incomplete certificate rotation on our edge servers is
	   resulting in elevated error rates" */
	{RULE_CAUSE, HIT, "a|an|the incomplete|partial|botched|bad|buggy|"
	    "faulty|erroneous certificate|config|configuration|software|"
	    "firmware|key? rotation|rollout|push|deploy|deployment|migration|"
	    "update|change|release ~6 is|are|was|has|have " CAUSING
	    "|resulting_in|leading_to|led_to|resulted_in"},
	/* "A configuration push to that PoP failed midway" (not "the
	   update failed to install", nor "Deployments are failing", what
	   customers see) */
	{RULE_CAUSE, HIT, "a|an|the|our configuration|config|software|"
	    "firmware|network|routing push|rollout|change|update ~4 failed|"
	    "went_wrong|broke|misfired !to"},
	/* "Early indications point to degraded performance at our CDN
	   provider as the cause", "Early findings point to an expired
	   intermediate certificate on one of our API endpoints as the
	   reason" */
	{RULE_CAUSE, HIT, "point|points|pointing to ~9 ~3 as the|a likely|"
	    "probable|possible|root? cause|culprit|source|trigger|reason"},
	/* "This is a consequence of a Google Cloud incident" */
	{RULE_CAUSE, HIT, "is|was|are|were a|the|a_direct|the_direct "
	    "consequence_of|result_of !this|the_issue|the_incident"},
	/* "One of the storage arrays in our Manchester rack is degraded" */
	{RULE_CAUSE, HIT, "one_of_the|one_of_our <kind>? <part> ~4 is|are|was|"
	    "were|has|have|had failed|degraded|down|offline|faulty|failing|"
	    "broken|crashed|dead"},
	/* "CI runners filled the shared disk" */
	{RULE_CAUSE, HIT, "filled|filled_up|exhausted|maxed_out the|our|a ~2 "
	    "<part>"},
	{RULE_CAUSE, HIT, "filled|filled_up|exhausted|maxed_out the|our|a ~2 "
	    "disk_space|storage|quota|memory|connection_pool"},
	/* "contractors working for the council cut through our cable" */
	{RULE_CAUSE, HIT, "cut_through|severed|dug_through|damaged|struck "
	    "our|the|a ~3 cable|cables|fibre|fiber|line|lines|duct|ducts|"
	    "pipe|pipes|main|mains"},
	/* "a fire was declared", "water got into our pipes" */
	{RULE_CAUSE, HIT, "a|an fire|flood|explosion ~4 was|has_been|were "
	    "declared|detected|reported"},
	{RULE_CAUSE, HIT, "water|rain|rainwater|moisture|floodwater "
	    "got_into|entered|leaked_into|flooded|damaged"},
	/* "after our hosting company had a major outage overnight" */
	{RULE_CAUSE, HIT, "after|following|when <supplier> had|suffered|"
	    "experienced a|an ~2 outage|failure|fault|incident|problem|"
	    "issue"},
	/* the real sets' causes in kinds more than one writer uses: load
	   beyond any before ("record usage of our mobile banking app"), a
	   cleft ("It is the Discord API outage that is stopping her"), a
	   link between parts, a leak that flooded, a fault "which has our
	   power completely out", an address blocked, an impact had, errors
	   "coming from an increased error rate", "my internet was
	   disconnected", a bottleneck hit, a thing disabled in error,
	   destroyed by a fire, an autorenewal that screwed up, a cut found,
	   someone who wiped it, space run out of, a part that kept
	   crashing, "it's just overloaded" */
	{RULE_CAUSE, HIT, "record|unprecedented|exceptional|extreme usage|"
	    "demand|traffic|load|volumes|volume"},
	{RULE_CAUSE, HIT, "it_is|it_s|it_was the ~4 that|which is|was "
	    CAUSING},
	{RULE_CAUSE, HIT, "issue|issues|problem|problems with the? "
	    "communication|connectivity|connection|connections|link between"},
	{RULE_CAUSE, HIT, "leak|leaks ~6 flooded|damaged|shorted"},
	{RULE_CAUSE, HIT, "which|that has|had|left our|the ~2 power|network|"
	    "internet|connection|connectivity|phones ~1 out|down|offline"},
	{RULE_CAUSE, HIT, "got|was|were|been|is|are blocked|blacklisted|"
	    "blocklisted|suspended|banned|null_routed|nullrouted by <ext>"},
	{RULE_CAUSE, HIT, "is|are being blocked|blacklisted|blocklisted|"
	    "throttled|filtered|censored"},
	{RULE_CAUSE, HIT, "is|are|was|were|has_been|have_been having a|an ~2 "
	    "impact|effect on"},
	{RULE_CAUSE, EXCEPT, "this|it|which|that|this_issue|the_issue|"
	    "this_incident|the_incident|this_outage|the_outage ~1 is|are|was|"
	    "were|has_been|have_been having"},
	{RULE_CAUSE, HIT, "coming|come|comes from a|an ~2 increased|elevated|"
	    "high error_rate|error_rates|load|latency"},
	{RULE_CAUSE, HIT, "my internet|connection|network|power was|is|went "
	    "~1 disconnected|down|out|offline"},
	{RULE_CAUSE, HIT, "hitting|reaching|hit|reached ~2 bottleneck|"
	    "bottlenecks"},
	{RULE_CAUSE, HIT, "disabled|deleted|removed|revoked|deactivated|"
	    "suspended ~4 in_error|by_mistake|by_accident"},
	{RULE_CAUSE, HIT, "<mistake> disabled|deleted|removed|dropped|wiped|"
	    "revoked|deactivated|overwritten|truncated"},
	{RULE_CAUSE, HIT, "destroyed|damaged|knocked_out|taken_out|wiped_out "
	    "by a|an|the ~2 fire|flood|flooding|storm|lightning|"
	    "lightning_strike|earthquake|hurricane|tornado"},
	{RULE_CAUSE, HIT, "renewal|autorenewal|auto_renewal|auto_renew|cron|"
	    "cronjob|cron_job ~2 screwed_up|messed_up|went_wrong|broke|"
	    "failed|died !to"},
	{RULE_CAUSE, HIT, "cut|cuts|break|breaks has_been|have_been|was|were "
	    "found|located|identified|discovered|confirmed"},
	/* "The company says it is an issue with bandwidth" */
	{RULE_CAUSE, HIT, "it|this|that is|s|was an|a issue|issues|problem|"
	    "problems with <faultmod>"},
	/* "A serious issue has been found on our distributed storage
	   configuration", "We are experiencing some issues with the
	   Production code update", "A planned upgrade hit unexpected
	   errors", "Currently the database is being migrated" */
	{RULE_CAUSE, HIT, "issue|problem|bug|fault has_been|was|were|have_been "
	    "found|identified|detected|discovered on|in|with the|our ~3 "
	    "<trouble>"},
	{RULE_CAUSE, HIT, "issue|problem|bug|fault has_been|was|were|have_been "
	    "found|identified|detected|discovered on|in|with the|our ~3 "
	    "configuration|config"},
	{RULE_CAUSE, HIT, "issue|issues|problem|problems with the|our|a ~3 "
	    "update|upgrade|deployment|deploy|migration|release|rollout "
	    "that|which|currently|underway|in_progress"},
	{RULE_CAUSE, HIT, "upgrade|update|migration|deployment|maintenance "
	    "~2 hit|encountered|ran_into|run_into unexpected? errors|issues|"
	    "problems"},
	{RULE_CAUSE, HIT, "<part> ~2 is|are|was|were being migrated|moved|"
	    "upgraded"},
	/* "one of our dashboard nodes was facing an underlying hardware
	   issue" */
	{RULE_CAUSE, HIT, "one_of_our|one_of_the ~1 <part> ~2 is|are|was|"
	    "were facing|experiencing|having|suffering a|an|some ~1 hardware|"
	    "disk|power|memory|network issue|issues|problem|problems|failure|"
	    "fault"},
	/* "It has something to do with the router and the DNS" */
	{RULE_CAUSE, HIT, "has|have|had|is|s something_to_do_with"},
	/* "The hosting company got a crash during the French heat wave" */
	{RULE_CAUSE, HIT, "during|amid the|a ~2 heat_wave|heatwave|storm|"
	    "blizzard|hurricane|snowstorm|flood|flooding"},
	/* "Sprint-Nextel had severed its internet connection to Cogent",
	   "far exceeding our allocated bandwidth allowance", "the website
	   recently changed hosting providers" */
	{RULE_CAUSE, HIT, "severed|cut|terminated|dropped its|their ~3 "
	    "connection|connections|peering|link|links|circuit"},
	{RULE_CAUSE, HIT, "exceeded|exceeding|exceeds|reached|reaching our|"
	    "the ~3 bandwidth|quota|limit|limits|allowance|allocation|"
	    "capacity"},
	{RULE_CAUSE, HIT, "changed|switched|moved hosting_providers|hosts|"
	    "hosting|servers|providers"},
	{RULE_CAUSE, HIT, "somebody|someone|an_attacker|a_hacker|hackers|"
	    "nefarious_actor|malicious_actor|bad_actor|"
	    "attackers ~4 deleted|wiped|removed|defaced|destroyed|hacked|"
	    "compromised"},
	{RULE_CAUSE, HIT, "ran_out_of|run_out_of|running_out_of inodes|disk|"
	    "disk_space|space|memory|storage|quota|capacity|connections|"
	    "file_descriptors"},
	{RULE_CAUSE, HIT, "<part> ~1 kept|keeps|keep crashing|failing|"
	    "restarting|dying|rebooting"},
	{RULE_CAUSE, HIT, "pod|pods|worker|workers|process|processes ~1 kept|"
	    "keeps|keep crashing|failing|restarting|dying"},
	{RULE_CAUSE, HIT, "it_s|it_is|it_was|probably|likely just? "
	    "overloaded|overwhelmed|swamped"},
	/* the real sets' blame: "they've basically just borked our VPS" */
	{RULE_BLAME, HIT, "they|they_ve|they_have|they_had ~2 borked|bricked|"
	    "wiped|nuked|broke|killed our|my"},
	/* a change that broke it: "The update from Microsoft last night
	   broke login", "an update that's rejecting cards", "A recent
	   update to our web client is causing connection failures" */
	{RULE_CAUSE, HIT, "update|upgrade|change|patch|release|deploy|"
	    "deployment|migration|pr|commit|merge ~5 broke|has_broken|"
	    "have_broken|breaks"},
	{RULE_CAUSE, HIT, "update|upgrade|change|patch|release|deploy|"
	    "deployment that|which is|s rejecting|breaking|blocking|causing|"
	    "preventing"},
	{RULE_CAUSE, HIT, "a|an|the|our recent|new|latest|last ~3 update|"
	    "upgrade|change|patch|release|deploy|deployment|migration ~4 is|"
	    "are|was|has|have " CAUSING},
	/* "a memory leak from the last plugin update we pushed", "a bug in
	   our last update", "A problem with a recent search index update" */
	{RULE_CAUSE, HIT, "leak|bug|bugs|regression|problem|issue|defect "
	    "from|in|with the|our|a|an recent|new|latest|last ~3 update|"
	    "upgrade|change|patch|release|deploy|deployment|migration"},
	/* "A database migration I deployed is holding a lock on the
	   invoices table" */
	{RULE_CAUSE, HIT, "is|was|are|were holding|held a|an? lock|locks on"},
	/* "that's what's breaking the draft bot" */
	{RULE_CAUSE, HIT, "that_s|that_is|this_is|which_is|which_s what_s|"
	    "what_is breaking|causing|behind|stopping|blocking|taking_down"},
	/* "The reason is a bug in our last update" */
	{RULE_CAUSE, HIT, "the|one reason ~3 is|was a|an|the bug|fault|"
	    "failure|problem|issue|misconfiguration|leak|crash|outage|change|"
	    "update|power"},
	/* the trouble placed in a part: "The outage is on the backhaul
	   circuit we lease" */
	{RULE_CAUSE, HIT, "the outage|fault|issue|problem is|lies on|in|at|with "
	    "the|a|our ~3 circuit|circuits|backhaul|line|lines|link|links|"
	    "cable|cables|fibre|fiber|switch|router|server|database|storage"},
	/* "after a spike in bounces from one sender's imported list" */
	{RULE_CAUSE, HIT, "after|following a|an ~1 spike|surge|flood|influx|"
	    "burst in|of"},
	/* "impacted by an ongoing AWS outage" */
	{RULE_CAUSE, HIT, "impacted|affected|disrupted by a|an|the ~2 <vendor> "
	    "~2 outage|outages|incident|failure|issue|issues|disruption"},
	/* "A sudden surge of inbound mail backed up the mail processing
	   queue" */
	{RULE_CAUSE, HIT, "surge|spike|flood|influx|burst of ~3 backed_up|"
	    "overwhelmed|saturated|overloaded|exhausted|filled|flooded|"
	    "clogged"},
	/* "Power to the affected racks was lost" */
	{RULE_CAUSE, HIT, "power|electricity|cooling to ~4 was|were|has_been|"
	    "have_been|had_been lost|cut|interrupted"},
	/* an expired certificate: "The SSL certificate on pkg.jenkins.io
	   has expired" */
	{RULE_CAUSE, HIT, "certificate|certificates|cert|certs ~4 has|have|"
	    "had|was|were|is|are|s expired"},
	{RULE_CAUSE, HIT, "an|the|our|a expired ssl|tls? certificate|cert"},
	{RULE_CAUSE, HIT, "a|an <faultmod> issue|problem|outage|failure "
	    "that|which|that_s|which_is|that_is is? causing|preventing"},
	/* "this is down to the sheer size of": down to, for due to */
	{RULE_CAUSE, HIT, "is|was|are|were|s|be|been|entirely|partly|mostly "
	    "down_to a|an|the|our|their|its|some|high|heavy|increased|a_bug|"
	    "a_fault"},
	{RULE_CAUSE, EXCEPT, "is|was|are|were|s|be|been down_to the? "
	    "normal|usual|expected|baseline|"
	    "previous|pre|typical|acceptable|levels|level"},
	/* a part guessed down, or broken: "the database seems down",
	   "server is broken again" (not "the servers are down": that tells
	   what is broken) */
	{RULE_CAUSE, HIT, "<part> ~1 seems|seem|appears|appear|looks|look "
	    "to_be? down|offline|broken|dead|unreachable|unresponsive"},
	{RULE_CAUSE, HIT, "<part> ~1 is|are|was|were|s broken|dead"},
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
	    "db|disk|disks|drive|drives|hdd|hdds|ssd|ssds "
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
	/* an alarm raised is no cause found: "we received high temperature
	   alarms in Hall B" */
	{RULE_CAUSE, EXCEPT, "high|elevated|rising|excessive|extreme "
	    "temperatures|temperature|heat alarm|alarms|alert|alerts|warning|"
	    "warnings"},
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
	/* a part full or overloaded: "One of the DNS servers is overloaded",
	   "the database filled up" */
	{RULE_CAUSE, HIT, "<part> ~3 is|are|was|were|became|got|has_become|"
	    "have_become overloaded|overwhelmed|saturated|full|out_of_space|"
	    "out_of_memory|out_of_disk_space"},
	{RULE_CAUSE, HIT, "<part> ~3 has|have|had? filled_up|ran_out_of|"
	    "run_out_of"},
	/* a guessed trouble: "a potential misconfiguration that might cause
	   this issue" */
	{RULE_CAUSE, HIT, "that|which might|may|could|would be? cause|causing|"
	    "explain|behind this|the|these issue|issues|problem|problems|"
	    "outage|behavior|behaviour|errors|slowness|disruption"},
	{RULE_CAUSE, HIT, "has|have|had|accidentally|accidently cut|severed|"
	    "damaged|dug_through|dug_up ~5 fiber|fibre|cable|cables|line|lines|"
	    "duct|ducts"},
	/* a thing named, then what it did: "A resource limitation was
	   identified that caused services to restart" */
	{RULE_CAUSE, HIT, "<causenoun> ~3 that|which is|was|has|have|had? "
	    "caused|causing|resulted_in|led_to|triggered|prevented|"
	    "preventing"},
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
	/* "attempting to mitigate a change that has increased latency", "a
	   recent configuration change has degraded performance" */
	{RULE_CAUSE, HIT, "change|changes|deployment|deploy|release|update|"
	    "upgrade|migration that|which has|have|had? increased|degraded|"
	    "slowed|disrupted|broken|broke|impacted|affected"},
	{RULE_CAUSE, HIT, "recent|configuration|config|code|network|"
	    "infrastructure change|changes|deployment|update|upgrade has|have|"
	    "had increased|degraded|slowed|disrupted|broken"},
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
	/* "There are ongoing issues at our primary datacenter", "there's an
	   ongoing issue with the object storage" */
	{RULE_CAUSE, HIT, "there is|are|was|were|s|has|have been? an|a|some? "
	    "ongoing|intermittent|continuing|current? issue|issues|problem|"
	    "problems|trouble at|with|in one_of_the|one_of_our|the|our|a|an "
	    "~2 <trouble>"},
	/* "We were rate limited on the Steam Authentication servers" */
	{RULE_CAUSE, HIT, "we|we_re|we_ve are|were|have_been|had_been|got|"
	    "being? rate_limited|throttled|blacklisted|blocklisted|"
	    "blocked on|by"},
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
	/* a load named, alone: "A surge of activity has resurfaced", "we
	   are seeing a spike in traffic" */
	{RULE_CAUSE, HIT, "surge|surges|spike|spikes|influx|flood of|in ~2 "
	    "traffic|activity|requests|load|signups|sign_ups|orders|usage|"
	    "demand|connections|calls|logins|users|players|visitors"},
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
	/* a supplier's error; "human error" owns a fault, and names no one */
	/* a supplier's trouble told as what it had: "Host had a lot of
	   issues", "The hosting company got a crash", "technical
	   difficulties of our hosting provider" */
	{RULE_BLAME, HIT, "<supplier> had|has|got|is_having|was_having|"
	    "experienced|suffered ~3 issues|problems|trouble|difficulties|"
	    "a_crash|an_outage|a_failure|a_fault|an_error"},
	{RULE_BLAME, HIT, "host|hosts had|has|got|is_having|was_having|"
	    "experienced|suffered ~3 issues|problems|trouble|difficulties|"
	    "a_crash|an_outage|a_failure|a_fault|an_error|blip|outage|"
	    "failure|fault|crash|incident|maintenance"},
	/* "Dedicated server hosting company already know so they are
	   working on it", "the NOC is slow to respond" */
	{RULE_BLAME, HIT, "<provider> ~2 know|knows|is_aware|are_aware|"
	    "has_been_informed|have_been_informed|has_been_notified|"
	    "have_been_notified"},
	{RULE_BLAME, HIT, "<ext> is|are|was|were|has_been|have_been slow "
	    "to_respond|to_react|to_reply|to_act|in_responding"},
	{RULE_BLAME, HIT, "<site> is|are|was|were|has_been|have_been slow "
	    "to_respond|to_react|to_reply|to_act|in_responding"},
	/* "We are asking our provider to fix this" (not "contacting" it,
	   as working with it, below) */
	{RULE_BLAME, HIT, "asked|asking|urged|urging|pushing|pressing|"
	    "chasing <extname> to resolve|fix|repair|restore|correct|"
	    "rectify|see_if|see_whether|get_it|look_into|investigate|reboot|"
	    "restart|replace"},
	/* "issues impacting networking connectivity in BLR1 region with
	   upstream provider" */
	{RULE_BLAME, HIT, "issue|issues|problem|problems|connectivity ~6 with "
	    "upstream|an_upstream provider|providers|carrier|carriers|isp"},
	{RULE_BLAME, HIT, "difficulties|issues|problems|trouble|outage|crash|"
	    "failure|error|errors of|at|by <supplier>"},
	/* a supplier that mended it: "My hoster has solved its network
	   problem", "the upstream ISP who had the problem" */
	{RULE_BLAME, HIT, "<supplier> has|have|had solved|fixed|resolved|"
	    "repaired|mended its|their"},
	{RULE_BLAME, HIT, "<supplier> who|which|that had|has the|a? "
	    "problem|issue|fault|outage|failure"},
	/* the fix waited on from someone else: "All we are waiting on is
	   someone to point the DNS", "we are waiting on Titan Nodes to get
	   the node back online", "It is up to the host to recover" */
	{RULE_BLAME, HIT, "waiting|wait on|for is? someone|somebody to"},
	{RULE_BLAME, HIT, "waiting|wait on|for <Name> <Name>? to"},
	{RULE_BLAME, HIT, "up_to the|our|my? host|hoster to"},
	{RULE_BLAME, HIT, "up_to <supplier> to"},
	{RULE_BLAME, HIT, "notified|informed|alerted|poked|pinged|chased "
	    "the|our|my host|hoster"},
	{RULE_BLAME, HIT, "notified|informed|alerted|poked|pinged|chased "
	    "<supplier>"},
	{RULE_BLAME, HIT, "someone|somebody|an_employee|a_technician|staff|"
	    "an_engineer at|from <supplier>"},
	/* a named supplier that took it down: "AWS detected a hardware
	   issue and brought the instance down" */
	{RULE_BLAME, HIT, "<vendor> ~5 brought|took|shut * *? down"},
	{RULE_BLAME, HIT, "<name> is|are undergoing|performing ~2 "
	    "maintenance"},
	/* a service of someone else's in trouble: "Our external service used
	   for Asset handling is currently experiencing issues" */
	{RULE_BLAME, HIT, "external|third_party|3rd_party|outside service|"
	    "services|system|systems|api|apis ~4 is|are experiencing|having|"
	    "down|unavailable|failing"},
	/* a data source of someone else's gone: "Our data source is
	   currently unavailable", "a temporary outage of our data source" */
	{RULE_BLAME, HIT, "data_source|data_sources|data_provider|data_feed "
	    "is|are|was|were|went currently? unavailable|down|offline|"
	    "unreliable|broken"},
	{RULE_BLAME, HIT, "outage|problem|issue|failure of|with our|the "
	    "data_source|data_provider|data_feed"},
	{RULE_BLAME, HIT, "vendor|provider error|errors"},
	/* "user errors" are what users see; "a user error" is a fault */
	{RULE_BLAME, HIT, "user|customer error"},
	{RULE_BLAME, HIT, "not|no|none_of|isn_t|wasn_t our|us|my "
	    "fault|doing|responsibility"},
	/* "not my server we have to wait" */
	{RULE_BLAME, HIT, "not|isn_t|wasn_t our|my server|servers"},
	{RULE_BLAME, HIT, "no_fault_of our|ours|our_own"},
	{RULE_BLAME, HIT, "beyond|outside|outside_of|out_of|not_in our|their? "
	    "control|hands"},
	/* "There was nothing wrong with our servers during this time", "We
	   have no influence on it" */
	{RULE_BLAME, HIT, "nothing wrong with|on our|my"},
	{RULE_BLAME, HIT, "no influence on|over it|this|that"},
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
	/* its product told as its own: "Apple's push notification service is
	   degraded" (not "Apple's customers are unable to pay") */
	{RULE_BLAME, HIT, "<vendor> s <kind>? <kind>? <product> <vfault>"},
	{RULE_BLAME, HIT, "<vendor> s !" NOT_NAMES " <Cap> <Cap>? <Cap>? "
	    "<product>? <vfault>"},
	/* a vendor's product by its name: "GitHub Actions is experiencing" */
	{RULE_BLAME, HIT, "<vendor> !" NOT_NAMES " <Cap> <Cap>? <vfault>"},
	{RULE_BLAME, HIT, "<third> <vfault>"},
	/* where it is told between: "An upstream provider in SJC region is
	   experiencing network issues" */
	{RULE_BLAME, HIT, "<third> in|at|for|serving ~3 <vfault>"},
	{RULE_BLAME, HIT, "<ext> that|which|who <vfault>"},
	{RULE_BLAME, HIT, "<provider> in|at|for|serving ~3 <vfault>"},
	/* its own unplanned work: "One of our upstream providers is
	   performing an emergency DC maintenance" */
	{RULE_BLAME, HIT, "<ext> is|are performing|conducting|"
	    "carrying_out|doing an|a|some? emergency|unplanned|unscheduled|"
	    "urgent ~1 maintenance|work|works|repairs"},
	/* its engineers on it: "engaged with our vendor while their
	   engineering teams work on the issue" */
	{RULE_BLAME, HIT, "<ext> ~6 their|its "
	    "engineering? team|teams|engineers work|works|working|are_working|"
	    "is_working on|to_resolve|to_fix the|this|an|a? issue|problem|"
	    "outage|fix"},
	/* what we use it for told between: "An upstream provider we use for
	   authentication services is having a service degradation" */
	{RULE_BLAME, HIT, "<ext> we|i|that_we|which_we|that|which "
	    "use|uses|used|rely_on|relies_on|depend_on|depends_on ~4 "
	    "<vfault>"},
	/* "The external service used for file uploads and viewing is now
	   testing solutions", "I suspect it is a provider issue" (not "a
	   host problem": a host is as often a machine of ours) */
	{RULE_BLAME, HIT, "<third> used|we_use|that_we_use for|to ~5 <owns>"},
	{RULE_BLAME, HIT, "a|an hoster|provider|isp|carrier|vendor|"
	    "supplier|datacenter|datacentre|data_center|data_centre side? "
	    "issue|problem|fault|outage|failure"},
	/* "The company we use for this is experiencing difficulties" */
	{RULE_BLAME, HIT, "the|a company|companies|firm|firms we|i|that_we|"
	    "which_we use|used|rely_on|depend_on|pay ~4 <vfault>"},
	{RULE_BLAME, HIT, "<provider> ~2 <owns>"},
	{RULE_BLAME, HIT, "<third> ~2 <owns>"},
	/* a supplier attacked: "our hosting provider was hacked" (an attack
	   on us by no one named is a cause, not blame) */
	{RULE_BLAME, HIT, "<supplier> is|are|was|were|has_been|have_been|"
	    "had_been|got|is_being|are_being|was_being|were_being hacked|"
	    "attacked|compromised|breached|ddosed|targeted|under_attack|"
	    "under_a_ddos_attack|under_ddos|under_a_ddos"},
	/* the fix done by a supplier: "The disk was swapped out by Bytemark" */
	{RULE_BLAME, HIT, "swapped_out|replaced|fixed|repaired|restored|"
	    "resolved|rebooted|restarted|mended by <ext>"},
	{RULE_BLAME, HIT, "restoration|repair|fix|replacement ~3 by <ext>"},
	/* what a supplier or a customer did: "a software update pushed to
	   handheld devices by our scanner vendor", "a bulk import run by one
	   merchant" */
	{RULE_BLAME, HIT, "pushed|deployed|released|uploaded|made|issued|"
	    "applied ~4 by <ext>"},
	{RULE_BLAME, HIT, "run|ran|triggered|started|initiated|sent|uploaded|"
	    "generated by a|an|one|a_single|a_specific|a_particular|another|"
	    "one_of_our customer|merchant|user|tenant|client|account"},
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
	/* trouble that comes from a supplier: "previous impact from AWS",
	   "elevated errors from AWS S3" */
	{RULE_BLAME, HIT, "impact|impacts|errors|failures|timeouts|issues|"
	    "problems|disruption|disruptions|outage|outages from <vendor>"},
	/* a name said to be a supplier's: "an outage at Verilens, the
	   third-party ID verification service we use" */
	{RULE_BLAME, HIT, "<capname> the|a|an|our 3rd|third party|external"},
	/* "a server outage at Transitly, the vendor that operates our
	   vehicle tracking system" */
	{RULE_BLAME, HIT, "<capname> the|our vendor|supplier|provider that|"
	    "which|who"},
	/* "caused by an overloaded edge location at our CDN provider" */
	{RULE_BLAME, HIT, "caused_by|due_to|resulted_from|result_of|"
	    "because_of ~6 at|with|from <provider>"},
	/* "rate limiting on Yahoo's mail servers" */
	{RULE_BLAME, HIT, "rate_limiting|throttling|blocking|blocks|"
	    "deferrals|rejections on|by|at|from <vendor>"},
	/* their hand in it: "rate limiting applied by Google", "storm
	   damage to a mast operated by our wholesale supplier" */
	{RULE_BLAME, HIT, "applied|imposed|enforced|operated|owned|managed|"
	    "maintained|run by <ext>"},
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
	    "attack|surge|spike|burst|events from|by <customer>"},
	/* "a misbehaving customer origin sending a flood of requests" */
	{RULE_BLAME, HIT, "<customer> ~2 sending|generating|pushing|sent|"
	    "generated|pushed a|an ~2 flood|burst|surge|spike|volume|"
	    "large_number|huge_number"},
	/* "one customer's import job pushed 40 million rows in an hour and
	   flooded the shared queue" */
	{RULE_BLAME, HIT, "<customer> s ~9 ~3 flooded|overloaded|overwhelmed|"
	    "saturated|hammered|exhausted"},
	/* "a single customer's integration began sending roughly 40x its
	   normal request volume" */
	{RULE_BLAME, HIT, "<customer> s ~3 began_sending|started_sending|"
	    "was_sending|were_sending|sent"},
	/* customers at large are where the traffic comes from, not whom
	   it is blamed on: "Traffic from customers in Europe is being
	   rerouted", "Requests from users on the legacy plan may fail" */
	{RULE_BLAME, EXCEPT, "traffic|requests|load|calls|queries from "
	    "customers|users|merchants|clients|tenants|all_customers|"
	    "all_users|our_customers|our_users !s"},
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
	/* a supplier's part at fault: "Our supplier's storage cluster is
	   degraded" */
	{RULE_BLAME, HIT, "<provider> s ~3 is|are|was|were|has_been|have_been "
	    "down|failing|broken|degraded|offline|unavailable|overloaded|"
	    "misbehaving"},
	{RULE_BLAME, HIT, "<provider> s ~3 failed|crashed|went_down|broke"},
	/* a supplier named by what it does for us: "The company who run the
	   booking system for us are looking into it", "The developer who
	   looks after it for the school pushed a fix" */
	{RULE_BLAME, HIT, "the|a|our company|firm|developer|contractor|agency|"
	    "operator|university|supplier|vendor|provider|host|hoster|"
	    "third_party|partner who|that run|runs|host|hosts|look_after|"
	    "looks_after|manage|manages|maintain|maintains|carries|carry|"
	    "supply|supplies|provide|provides|built|operates|operate ~6 "
	    "<owns>"},
	/* a company with a plural verb, as British English has it: "Royal
	   Mail are having problems at their Manchester mail centre" (not a
	   place: "customers in Houston are experiencing an outage") */
	{RULE_BLAME, HIT, "<name> <Name>? <plural>"},
	{RULE_BLAME, HIT, "<capname> <Name> <plural>"},
	/* a supplier's support silent: "Hetzner support haven't replied to
	   the ticket yet" */
	{RULE_BLAME, HIT, "<extcap> support|team|staff|engineers haven_t|"
	    "hasn_t|have_not|has_not|didn_t|did_not|still_haven_t replied|"
	    "responded|answered|got_back|reacted"},
	{RULE_BLAME, EXCEPT, "in|near|across|around|throughout <Cap> <Cap>? "
	    "are|have|reported|report|say"},
	/* the upstream as a supplier: "Our upstream has acknowledged a
	   fault" */
	{RULE_BLAME, HIT, "our|my|the upstream <vfault>"},
	{RULE_BLAME, HIT, "our|my|the upstream ~1 <owns>"},
	/* "The datacentre says ...", "DC fixed the network" */
	{RULE_BLAME, HIT, "dc|datacentre|datacenter says|said|reckons|reckon|"
	    "fixed|sorted|reports|reported|confirmed"},
	/* a supplier's change unannounced: "NASK changed the EPP extension
	   without any announcement" */
	{RULE_BLAME, HIT, "<extcap> ~1 changed|updated|removed|modified|"
	    "deprecated|disabled|switched|moved ~6 without any|prior|advance? "
	    "notice|announcement|warning|notification"},
	/* "because of an update Roku pushed out last night" */
	{RULE_BLAME, HIT, "an|a|the update|change|changes|release|patch|"
	    "firmware|upgrade <capname> pushed|pushed_out|released|rolled_out|"
	    "made|deployed|shipped|applied"},
	/* where it came from: "The lag comes from a customer who was
	   running a crypto miner", "The problem originates from the object
	   storage of our cloud provider" */
	{RULE_BLAME, HIT, "comes|came|come|originates|originated|stems|stemmed "
	    "from <customer>"},
	{RULE_BLAME, HIT, "comes|came|come|originates|originated|stems|stemmed "
	    "from the|a ~3 of|at <provider>"},
	/* trouble named at a supplier: "industrial action at our
	   subcontractor's depot" */
	{RULE_BLAME, HIT, "industrial_action|strike|strikes|strike_action|"
	    "staff_shortages|staff_shortage|walkout at|by <provider>"},
	/* someone else acting against us: "the feed host was rate-limiting
	   us" */
	{RULE_BLAME, HIT, "is|are|was|were|s|ve|been rate_limiting|throttling|"
	    "blocking|banning|blacklisting|blocklisting us|our"},
	/* a supplier told apart by what it serves: "The ISP related to the
	   Fedora community cage is likely affected by a fiber cut", "our
	   provider for SMS in the US is having an outage" */
	{RULE_BLAME, HIT, "<provider> related_to|serving|for|behind|used_for|"
	    "that_serves|that_hosts|mentioned|described|we_mentioned ~4 "
	    "<vfault>"},
	/* its news of the fault: "The acquirer mentioned in our last update
	   has confirmed a fault", "the DNS provider we mentioned earlier has
	   published an incident report" */
	{RULE_BLAME, HIT, "<provider> ~5 has|have|had published|confirmed|"
	    "acknowledged|reported|identified an|a|the ~3 incident|fault|"
	    "outage|problem|issue|failure|bug"},
	/* its fix that failed: "The acquirer's 14:30 fix did not hold" */
	{RULE_BLAME, HIT, "<provider> s ~2 fix|repair|patch|workaround "
	    "did_not|didn_t|has_not|hasn_t|failed hold|work|held|worked|$"},
	/* "The CDN has told us they expect ..." */
	{RULE_BLAME, HIT, "the|our cdn|isp|registrar|registry|carrier|bank|"
	    "acquirer|processor|exchange|council|landlord has_told_us|"
	    "have_told_us|told_us|informs_us|informed_us|has_informed_us|"
	    "advised_us|has_advised_us|has_confirmed|have_confirmed|"
	    "confirmed"},
	/* a vendor made to act: "caused Microsoft to throttle our shared
	   sending IPs" */
	{RULE_BLAME, HIT, "caused|forced|led|prompted <extname> to throttle|"
	    "block|blacklist|blocklist|suspend|rate_limit|reject|disable"},
	{RULE_BLAME, HIT, "<person> <pfault>"},
	{RULE_BLAME, HIT, "<person> on|in|from|at the|our|another *? *? "
	    "team|group|department|squad <pfault>"},
	{RULE_BLAME, HIT, "<team> <pfault>"},
	{RULE_BLAME, HIT, "<customer> <cfault>"},
	/* a customer's action named as the load: "one of our larger
	   customers modified a very large number of print queues" */
	{RULE_BLAME, HIT, "!customers|users|tenants|clients <customer> ~1 "
	    "modified|created|deleted|updated|"
	    "imported|uploaded|sent|submitted|queued|started|triggered|made|"
	    "ran|launched a|an very|extremely|unusually? large|huge|massive|"
	    "enormous|unusual|unexpected|high number|volume|amount|batch|"
	    "burst"},
	{RULE_BLAME, HIT, "<customer> s * *? <cfault>"},
	{RULE_BLAME, HIT, "<actor> s <faultnoun>"},
	{RULE_BLAME, HIT, "<customer> s misconfiguration|mistake|fault|error|"
	    "negligence"},
	{RULE_BLAME, HIT, "<vendor> <product> outage|outages|failure|failures|"
	    "incident|disruption|degradation|issue|issues|problem|problems"},
	/* "the AWS ongoing issue", "the current AWS service availability
	   issues" */
	{RULE_BLAME, HIT, "<vendor> ongoing|current|recent|widespread|"
	    "major|service|availability|connectivity|network|networking|"
	    "capacity|api|dns|certificate ongoing|service|availability|"
	    "connectivity|network|networking|capacity|api|dns|certificate? "
	    "outage|outages|failure|failures|issue|issues|problem|problems|"
	    "disruption|degradation"},
	/* a supplier's trouble relayed: "AWS is seeing a reduction in error
	   rates", "impacting multiple ServiceNow customers" */
	{RULE_BLAME, HIT, "<vendor> <product>? is|are|has|have seeing|seen|"
	    "observing|observed ~4 error|errors|error_rates|latency|latencies|"
	    "failures|issues|problems"},
	{RULE_BLAME, HIT, "affecting|impacting|affects|impacts multiple|many|"
	    "other|all|some <vendor> customers|tenants|users|clients"},
	{RULE_BLAME, HIT, "<vendor> has|have identified|corrected|fixed|"
	    "resolved|repaired the|an|its|their? issue|problem|fault|outage"},
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
	/* the trouble placed with a supplier: "The issue is with one of our
	   vendors", "the problem lies with our hosting provider" */
	{RULE_BLAME, HIT, "issue|issues|problem|problems|fault|faults|"
	    "disturbance|disruption|outage|error|failure|instability is|are|"
	    "was|were|lies|lay|seems_to_be|appears_to_be|is_still|remains "
	    "with|at <ext>"},
	/* a supplier's part in it: "an issue with the log delivery from one
	   of our CDN vendors", "an issue with delay in sending
	   authentication code emails from a third party email provider",
	   "an issue at our FPS Indirect partners gateway" */
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|fault|faults|error|errors|disruption|degradation "
	    "with|at|in ~6 from|at <provider>"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|fault|faults|error|errors|disruption|degradation "
	    "with|at|in ~6 from|at a|an|the|our|one_of_our 3rd|third party|"
	    "parties <kind>? <kind>? provider|providers|vendor|vendors|supplier|"
	    "suppliers|partner|partners|carrier|carriers"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|fault|faults|error|errors|disruption|degradation "
	    "with|at|in our|the ~2 partner|partners|vendor|vendors|supplier|"
	    "suppliers|provider|providers|carrier|carriers s? gateway|gateways|"
	    "platform|network|systems|api|infrastructure"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|fault|faults occurred|developed|arose on|at|with "
	    "the|our|my hosting|host|hoster|provider"},
	{RULE_BLAME, HIT, "caused|triggered|introduced|created|broken|induced "
	    "by <actor>"},
	{RULE_BLAME, HIT, "caused|triggered|introduced|created|broken|induced "
	    "by <customer>"},
	{RULE_BLAME, HIT, "because_of|due_to|thanks_to|owing_to|because|"
	    "fault_of|the_fault_of|blame_on <actor>"},
	/* thanks given: "Thanks to our hosting sponsor for shipping a
	   replacement disk" */
	{RULE_BLAME, EXCEPT, "thanks_to|thank_you_to|many_thanks_to|"
	    "big_thanks_to ~5 for"},
	{RULE_BLAME, HIT, "on|at <provider> s? end|side"},
	/* "an outage on the bank's side", "due to their ongoing outage" */
	{RULE_BLAME, HIT, "on|at the bank|banks|carrier|carriers|processor|"
	    "operator|acquirer|partner s? end|side"},
	{RULE_BLAME, HIT, "due_to|because_of their|its ongoing|current? "
	    "outage|outages|issue|issues|problem|problems|incident|maintenance|"
	    "failure"},
	{RULE_BLAME, HIT, "on_the_part_of <ext>"},
	{RULE_BLAME, HIT, "on|at the|our|my host|hosts|hoster s? end|side"},
	{RULE_BLAME, HIT, "on|at the|our|my upstream|upstreams|provider|"
	    "providers|carrier|isp|supplier|vendor s? end|side"},
	{RULE_BLAME, HIT, "provider|vendor|upstream|host|supplier|carrier|isp "
	    "mandated|initiated|imposed|forced maintenance|reboot|reboots|"
	    "restart|restarts|migration"},
	{RULE_BLAME, HIT, "on|at the? <vendor> s? end|side"},
	/* the fix owed by a supplier, or waited for from one: "We're still
	   waiting on the datacentre to get back to us" */
	{RULE_BLAME, HIT, "awaiting|waiting_on|waiting_for|wait_on|wait_for "
	    "<supplier>"},
	{RULE_BLAME, HIT, "awaiting|waiting_on|waiting_for|wait_on|wait_for "
	    "the datacentre|datacenter|data_centre|data_center|dc|colo|noc"},
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
	    "workaround|recovery|progress|efforts|remediation|mitigation"},
	/* "We are continuing to monitor the external service's progress",
	   "monitoring Cloudflare's remediation" */
	{RULE_BLAME, HIT, "<ext> s progress|efforts|remediation|mitigation|"
	    "fix|fixes|resolution|recovery|repair|repairs|restoration"},
	{RULE_BLAME, HIT, "upstream|upstreams resolved|fixed|restored"},
	{RULE_BLAME, HIT, "upstream|upstreams has|have|is|are ~1 <owns>"},
	/* "Upstream currently has an outage", "Upstream have confirmed the
	   issue", a supplier's own words passed on: "Upstream Update -" */
	{RULE_BLAME, HIT, "upstream|upstreams currently|now|still|also? has|"
	    "have|had|is_having|are_having|is_experiencing|are_experiencing|"
	    "experienced|suffered|reported|reports|declared a|an|some ~3 "
	    "outage|outages|failure|fault|incident|disruption|issue|issues|"
	    "problem|problems|interruption|degradation"},
	{RULE_BLAME, HIT, "upstream|upstreams <extdoes>"},
	{RULE_BLAME, HIT, "upstream|upstreams|vendor|carrier|supplier|isp "
	    "update|updates|notice|statement|advisory $"},
	{RULE_BLAME, HIT, "reported|escalated|raised|logged|lodged ~3 "
	    "to|with both|the? <extname>"},
	/* "An incident has been created with our hosting provider" */
	{RULE_BLAME, HIT, "created|opened|filed|submitted with <ext>"},
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
	/* the impact narrowed to a place: "narrowed the impact to customers
	   in the Frankfurt and Paris regions" says where, not whose fault */
	{RULE_BLAME, EXCEPT, "narrowed|narrowing|limited|isolated the|this? "
	    "impact|scope to|down_to"},
	/* a supplier's word passed on: "The carrier has told us that repairs
	   ... will take up to three days", "We have been informed by our
	   email service provider that", "The Platform Infrastructure team
	   has informed us that they are making progress" */
	{RULE_BLAME, HIT, "<ext> has|have|had told|informed|advised|notified "
	    "us"},
	{RULE_BLAME, HIT, "<team> has|have|had told|informed|advised|notified "
	    "us that they|it"},
	{RULE_BLAME, HIT, "informed|notified|told|advised by <ext> that"},
	/* a supplier not yet recovered: "AWS has not yet fully recovered in
	   us-east-1"; the trouble on its side: "the issue on their end" */
	{RULE_BLAME, HIT, "<vendor> ~3 has|have|is|are not yet? fully? "
	    "recovered|restored|back|mitigated|resolved|fixed"},
	/* another company's own news of its fix: "Chase has not yet
	   restored access", "Discover is working to resolve the issue"; a
	   company, so one ("Developers are working to resolve" are ours) */
	{RULE_BLAME, HIT, "<capname> has not yet? fully? restored|recovered|"
	    "mitigated|resolved|fixed|given|provided|shared|confirmed"},
	{RULE_BLAME, HIT, "<capname> has acknowledged|confirmed the|a|an "
	    "~1 problem|issue|issues|outage|incident|fault|disruption|failure|"
	    "degradation|bug"},
	{RULE_BLAME, HIT, "<capname> is working to_resolve|to_restore|to_fix|"
	    "to_bring|"
	    "on_a_fix|on_the_issue|on_the_problem|on_a_resolution|"
	    "towards_a_resolution|toward_a_resolution|towards_a_fix|"
	    "toward_a_fix"},
	/* "Chase is aware of the issue and is working toward a fix" */
	{RULE_BLAME, HIT, "<capname> is aware_of the|this|an problem|issue|"
	    "issues|outage|incident|fault"},
	/* "Our hardware provider for those runners is working towards a
	   resolution", "USPS is working to bring its rates API back", "Our
	   data center operator in SGP1 is continuing work to restore
	   power" */
	{RULE_BLAME, HIT, "<provider> ~5 is|are still|now|currently? "
	    "working_towards|working_toward|working_to_restore|"
	    "working_to_resolve|working_to_fix|working_to_bring|"
	    "working_on_a_fix|continuing_work|continuing_to_work"},
	{RULE_BLAME, HIT, "<provider> has|have not yet? given|provided|shared|"
	    "confirmed"},
	/* a supplier's word passed on: "The facility says they expect",
	   "The bank has told us it expects to process the file", "The
	   processor says its engineers are restoring the system" */
	{RULE_BLAME, HIT, "<site> says|said|reports|reported|informs|"
	    "informed|advises|advised|confirms|confirmed|expects|estimates|"
	    "has_told_us|told_us|has_informed_us|has_advised_us"},
	{RULE_BLAME, HIT, "the|our bank|banks|registrar|processor|acquirer|"
	    "vendor|supplier|sponsor_bank|partner_bank|issuing_bank "
	    "has|have|had? told_us|informed_us|advised_us|notified_us|"
	    "confirmed|says|said|reports|reported|confirms|expects|"
	    "estimates"},
	/* "has told us they are working on it" */
	{RULE_BLAME, HIT, "told_us|informed_us|advised_us|assured_us|"
	    "notified_us|been_told|were_told|was_told they|that_they are|re|"
	    "were|have|ve|expect|expects|anticipate|estimate working|"
	    "investigating|aware|fixing|repairing|replacing|restoring|to|"
	    "reducing|throttling|limiting|blocking|restarting|rebooting|"
	    "migrating"},
	/* "The supplier of the e-prescribing system has advised that their
	   engineers are continuing to work on the problem" */
	{RULE_BLAME, HIT, "the|our supplier|suppliers|vendor|vendors|provider|"
	    "providers|maker|makers|manufacturer|developer|developers of|for "
	    "the|our|my ~4 has|have|had advised|told|informed|confirmed|said|"
	    "reported|notified"},
	/* "The data centre had a power failure in hall 3" */
	{RULE_BLAME, HIT, "<site> <namedoes>"},
	{RULE_BLAME, HIT, "in_the_hands_of|up_to|down_to <ext>"},
	/* "Keystrata engineers have rolled back their firmware update" */
	{RULE_BLAME, HIT, "<capname> engineers|technicians|crews ~2 "
	    "have|has rolled_back|reverted|fixed|restored|replaced|repaired"},
	{RULE_BLAME, HIT, "<provider> has|have|is|are not yet? fully? "
	    "recovered|restored|back"},
	/* a supplier's incident by its product's name: "the ongoing Azure
	   Active Directory incident" */
	{RULE_BLAME, HIT, "<vendor> !" NOT_NAMES " <Cap> <Cap>? <Cap>? "
	    "incident|incidents|outage|outages|disruption"},
	/* a customer's own load: "a customer running an unusually large
	   bulk import", "A single customer account is generating an
	   extraordinary volume of requests" */
	{RULE_BLAME, HIT, "<customer> account|accounts? is|are|was|were? "
	    "running|sending|generating|making|performing an|a ~2 unusually|"
	    "very|extremely|exceptionally|extraordinary|abnormal|unusual|"
	    "large|huge|massive|heavy"},
	{RULE_BLAME, HIT, "<capname> ~2 informed_us|told_us|notified_us|"
	    "advised_us|phoned|called_us|tell_us|have_told_us|has_told_us|"
	    "let_us_know"},
	{RULE_BLAME, HIT, "for a|the fix|resolution|solution|repair and|but? "
	    "are|am|is? still? awaiting|waiting|await"},
	{RULE_BLAME, HIT, "<outsider> ~2 <owns>"},
	/* another team's change: "applied by another internal team", "made
	   by the central Networks team" */
	{RULE_BLAME, HIT, "change|changes|update|updates|misconfiguration|"
	    "configuration|config|deploy|deployment ~3 applied|made|pushed|"
	    "deployed|introduced by the|another|a_different|an_internal|"
	    "the_other ~2 team|teams|department|group|squad"},
	/* "a fibre cut affecting our upstream ISP", "intermittent
	   connectivity affecting some EU ISPs" */
	{RULE_BLAME, HIT, "cut|outage|outages|failure|fault|incident|"
	    "disruption|issue|issues|problem|problems|connectivity|"
	    "packet_loss|degradation affecting|impacting <provider>"},
	/* "a service interruption with one of their partner banks" */
	{RULE_BLAME, HIT, "interruption|outage|outages|issue|issues|problem|"
	    "problems|failure|fault with|at one_of_their|their|its|one_of_its "
	    "<kind>? partner|partners|bank|banks|provider|providers|supplier|"
	    "suppliers|carrier|carriers"},
	/* "for some reason EC2 isn't recognizing the volumes" */
	{RULE_BLAME, HIT, "<vendor> ~1 isn_t|is_not|wasn_t|was_not|aren_t|"
	    "are_not|weren_t|were_not recognizing|recognising|responding|"
	    "accepting|delivering|processing|resolving|sending|connecting"},
	{RULE_BLAME, HIT, "s3|ec2|rds|ebs|efs|lambda|sqs|sns|dynamodb|kinesis|"
	    "gcs|bigquery|apns|fcm isn_t|is_not|wasn_t|was_not|aren_t|"
	    "are_not|weren_t|were_not recognizing|recognising|responding|"
	    "accepting|delivering|processing|resolving|sending|connecting"},
	/* "intermittent connectivity affecting some EU ISPs" */
	{RULE_BLAME, HIT, "affecting|impacting some|several|multiple|many ~1 "
	    "isps|carriers|providers|upstreams"},
	/* "an issue with a critical dependency": a dependency is someone
	   else's */
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|failure with "
	    "a|an|our|one_of_our critical|key|core|major? dependency|"
	    "dependencies"},
	/* "NBN Co have identified an outage on their network" */
	{RULE_BLAME, HIT, "outage|outages|fault|faults|issue|issues|problem|"
	    "problems|failure on|in|within their network|networks|"
	    "infrastructure|backbone|system|systems|equipment"},
	/* "FedEx's tracking API is returning errors" */
	{RULE_BLAME, HIT, "<capname> s ~1 api|apis is|are returning|failing|"
	    "down|unavailable|erroring|timing_out"},
	/* "traced to one of our card network partners" */
	{RULE_BLAME, HIT, "narrowed|narrowing|traced|tracked ~4 down_to|to "
	    "<ext>"},
	/* "Microsoft had been temporarily rate-limiting one of our outbound
	   IPs" */
	{RULE_BLAME, HIT, "<vendor> ~4 rate_limiting|throttling|blocking|"
	    "blacklisting|blocklisting our|one_of_our|some_of_our"},
	/* a supplier's fix or recovery told: "AWS has fully recovered",
	   "Microsoft has lifted the throttling", "The provider reinstated
	   us", "the datacenter fixed their network", "after Square sorted
	   their end out" */
	{RULE_BLAME, HIT, "<vendor> ~3 has|have|is|are now? fully? "
	    "recovered|restored"},
	{RULE_BLAME, HIT, "<supplier> has|have|had? lifted|removed|reversed "
	    "the|its|their throttling|block|blocks|rate_limit|rate_limits|"
	    "restriction|restrictions|suspension"},
	{RULE_BLAME, HIT, "<supplier> has|have|had? reinstated|unblocked|"
	    "unsuspended|re_enabled|reenabled us|our|my"},
	{RULE_BLAME, HIT, "<site> ~2 <owns>"},
	/* "the datacenter messed up a network change" */
	{RULE_BLAME, HIT, "<site> messed_up|screwed_up|botched|misconfigured|"
	    "broke|dropped_the_ball|made_a_mistake|made_an_error"},
	{RULE_BLAME, HIT, "sorted|fixed|resolved|repaired|restored|mended "
	    "their|its end|side"},
	/* their trouble mended or closed: "cloudflare sorted their thing",
	   "Our line supplier closed their major incident" */
	{RULE_BLAME, HIT, "sorted|fixed|resolved|repaired|mended|closed "
	    "their|its ~3 thing|outage|issue|issues|problem|problems|incident|"
	    "fault|bug"},
	/* nothing of ours at fault: "nothing on our end was ever broken",
	   "I'm pretty sure it's Pingdom itself not us" */
	{RULE_BLAME, HIT, "nothing on|at our|my end|side"},
	{RULE_BLAME, HIT, "itself|themselves not us|ours"},
	{RULE_BLAME, HIT, "broken|down|failing|erroring|degraded|offline "
	    "on|at their|its side|end"},
	/* "The datacenter have a problem with power" */
	{RULE_BLAME, HIT, "<site> have|has|is_having|are_having a|an|some ~2 "
	    "problem|problems|issue|issues|fault|outage|failure"},
	/* "a breaking change in an upstream Go library" */
	{RULE_BLAME, HIT, "change|bug|regression|release ~1 in|of a|an|the "
	    "upstream|third_party|external ~2 library|package|dependency|"
	    "module|sdk|gem|crate"},
	/* "a regression in upstream libfoo 1.9.2", "the 2.0 release of
	   our dependency tomlparse" */
	{RULE_BLAME, HIT, "bug|regression|change|release in|of upstream"},
	{RULE_BLAME, HIT, "release|version|update|bug|regression|change ~1 "
	    "of|in our|a|an|the dependency|dependencies"},
	/* "our old web host let the SSL certificate lapse" */
	{RULE_BLAME, HIT, "<ext> let|allowed ~3 lapse|expire|run_out"},
	/* "BT have been informed and we are waiting for an engineer" */
	{RULE_BLAME, HIT, "<capname> has|have been_informed|been_notified|"
	    "been_told|been_alerted"},
	/* "Cloudflare had a wobble and took us with it" */
	{RULE_BLAME, HIT, "took|take|takes|taking us|our_site|our_service "
	    "with_it|with_them|down_with_it|down_with_them"},
	/* "heavy I/O from a single customer workload" */
	{RULE_BLAME, HIT, "from|by a_single|one|a_specific|another customer|"
	    "tenant ~1 workload|workloads|job|jobs|account|query|queries|"
	    "integration|process"},
	/* "a power failure in Hall 2 of the data centre operator's
	   building" */
	{RULE_BLAME, HIT, "<provider> s building|buildings|facility|site|"
	    "premises|hall|datacenter|data_centre|datacentre|data_center|"
	    "network|infrastructure|equipment|systems|servers"},
	/* "we do not yet have a new time from them" */
	{RULE_BLAME, HIT, "have|had|got|received no|any|a new? time|eta|etr|"
	    "estimate|timeframe|update from them"},
	{RULE_BLAME, HIT, "have|had|got|received no|any|a new? time|eta|etr|"
	    "estimate|timeframe|update from <provider>"},
	/* "Let's Encrypt has posted that they are still working on a fix" */
	{RULE_BLAME, HIT, "<vendor> has|have? posted|announced that they|it "
	    "are|is|were|was|have|has"},
	/* more of the real sets' blame: "The ISP ... is likely affected by a
	   fiber cut", "the USPS Address Validation API, which is an
	   external dependency", "the service we had been using ...
	   discontinued their free tier", "another group's server sharing
	   the same network as our machines was compromised", "a rogue VM
	   flooding the network", "another party had taken our domain", "a
	   temporary utility interruption at the data center" */
	{RULE_BLAME, HIT, "<provider> ~6 is|are|was|were likely|probably? "
	    "affected|impacted|hit by"},
	{RULE_BLAME, HIT, "which|that is|was|are|were an|a external|"
	    "third_party|upstream dependency|service|provider|vendor|api"},
	{RULE_BLAME, HIT, "discontinued|deprecated|sunset|retired|withdrew "
	    "their|its ~2 free_tier|tier|plan|api|apis|endpoint|endpoints|"
	    "service|product|support"},
	{RULE_BLAME, HIT, "another|a_neighbouring|a_neighboring|a_different "
	    "group|team|customer|tenant|user s? ~1 server|servers|vm|vms|"
	    "machine|instance ~9 was|were|got|had_been|has_been compromised|"
	    "hacked|infected"},
	{RULE_BLAME, HIT, "another_party|another_company|a_third_party|"
	    "someone_else has|had|have taken|stolen|hijacked|claimed|"
	    "registered our|my"},
	{RULE_BLAME, HIT, "utility|grid interruption|outage|failure|cut at|in "
	    "the data_center|datacenter|facility|building|datacentre|"
	    "data_centre"},
	/* "The datacenter that was having problems", "an outage on Heroku",
	   "a large outage on a french datacenter where the server ... is
	   hosted", "The data center lost 80% of its electricity", "Fedora
	   infrastructure is having an outage", "additional Google Cloud
	   Central outages", "traffic coming from their systems", "traffic
	   which was outside of our terms of service", "the complete data
	   center went into maintainance", "They have done mistakes in their
	   backup handling", "a contractor not affiliated with the school
	   system has cut two different locations of internet fiber" */
	{RULE_BLAME, HIT, "<site> that|which is|was|were|are having|"
	    "experiencing ~2 problems|issues|trouble|difficulties|an_outage|"
	    "outages"},
	{RULE_BLAME, HIT, "outage|outages|incident|incidents|disruption|"
	    "disruptions|failure|failures on|at <vendor> !s"},
	{RULE_BLAME, HIT, "outage|outages|fire|incident|power_outage on|at|in "
	    "a|the ~2 datacenter|data_center|datacentre|data_centre where|"
	    "that_hosts|which_hosts"},
	{RULE_BLAME, HIT, "<site> lost|has_lost|had_lost ~3 power|electricity|"
	    "connectivity|cooling|network|internet"},
	{RULE_BLAME, HIT, "<capname> infrastructure|network|servers|systems|"
	    "platform is|are having|experiencing an|a|some ~2 outage|issues|"
	    "problems"},
	{RULE_BLAME, HIT, "<vendor> ~2 outage|outages|incident|incidents"},
	{RULE_BLAME, HIT, "traffic|requests|load ~3 from|by their|its systems|"
	    "servers|platform|network|side"},
	{RULE_BLAME, HIT, "outside_of|outside|violating|violated|"
	    "in_violation_of|in_breach_of|against our|the terms|"
	    "terms_of_service|tos|acceptable_use_policy|aup|fair_use_policy"},
	{RULE_BLAME, HIT, "the complete|whole|entire? data_center|datacenter|"
	    "datacentre|data_centre went_into|is_in|entered|is_undergoing "
	    "maintenance|maintainance|emergency_maintenance"},
	{RULE_BLAME, HIT, "they|they_ve|they_have|they_had ~2 made|done "
	    "mistakes|a_mistake|an_error|errors|a_blunder"},
	{RULE_BLAME, HIT, "<outsider> ~6 has|have|had cut|damaged|severed|"
	    "struck|dug_through"},
	/* "rogue third party clients", "routed traffic away from the
	   impacted ISP", "related to how Gmail loads tracking pixels", "A
	   large-scale outage of CDK has been reported", "a sales launch
	   from a single merchant", "Linode ... has to reboot all instances
	   in their fleet", "something upstream with our static site host",
	   "The utility company supplying power to the farm ... was hit
	   repeatedly by lightning" */
	{RULE_BLAME, HIT, "rogue ~2 client|clients|vm|vms|customer|customers|"
	    "tenant|tenants|user|users"},
	{RULE_BLAME, HIT, "routed|rerouted|moved|shifted|steered traffic "
	    "away_from the|an impacted|affected|failing|degraded ~1 isp|"
	    "provider|carrier|upstream|transit|peer"},
	{RULE_BLAME, HIT, "related_to|due_to|because_of how|the_way <vendor>"},
	{RULE_BLAME, HIT, "outage|outages of <capname> has_been|have_been|was|"
	    "were reported|confirmed"},
	{RULE_BLAME, HIT, "launch|campaign|sale|import|job|script|integration|"
	    "traffic|requests|spike from|by a_single|one|a_specific merchant|"
	    "customer|client|tenant|account|user|sender"},
	{RULE_BLAME, HIT, "<vendor> has_to|had_to|must|needs_to|need_to ~1 "
	    "reboot|restart|migrate|move|shut_down|take_down"},
	{RULE_BLAME, HIT, "something|somewhere upstream"},
	{RULE_BLAME, HIT, "<provider> ~9 ~3 was|were|has_been|have_been "
	    "hit|struck by"},
	/* "We waited for them to replace the hardware", "due to their using
	   the Episode URL", "because their DNS server cached the reply" */
	{RULE_BLAME, HIT, "waited|waiting|wait|await|awaiting for? them to? "
	    "replace|restore|repair|fix|resolve|bring|recover|come_back"},
	{RULE_BLAME, HIT, "due_to|because_of their|its using|use|misuse|"
	    "handling|implementation|failure|mistake|error|bug|change"},
	{RULE_BLAME, HIT, "because|because_of|due_to|since their|its ~3 "
	    "server|servers|system|systems|network|resolver|platform|api|dns|"
	    "infrastructure|equipment|maintenance|outage"},
	/* "We received notification that ScanCom Ltd (MTN) ... is currently
	   experiencing network issues", "once the operator has come to a
	   resolution", "Capitol Hosting is investigating" */
	{RULE_BLAME, HIT, "notification|notice|word|confirmation that "
	    "<capname>"},
	{RULE_BLAME, HIT, "once|until|till|when <supplier> has|have ~2 "
	    "resolved|fixed|restored|come_to|completed|found|repaired"},
	{RULE_BLAME, HIT, "<capname> hosting|networks|telecom|telecoms|"
	    "communications ~1 is|are|has|have investigating|working|aware|"
	    "restored|resolved|fixed|confirmed|reported|experiencing|having"},
	/* "we hope Capitol Hosting can resolve the issues quickly", "an
	   error with our billing platform Xero", "I have now raised the
	   issue with the server administrator" */
	{RULE_BLAME, HIT, "hope|hoping|trust <extcap> ~2 can|will|ll|is_able_to "
	    "resolve|fix|restore|repair|sort"},
	{RULE_BLAME, HIT, "issue|issues|error|errors|problem|problems|bug|bugs|"
	    "outage with|at|in our|the <kind>? <kind>? platform|system|service|"
	    "tool <capname>"},
	{RULE_BLAME, HIT, "raised|reported|escalated|logged ~3 with|to the|our "
	    "server? administrator|administrators|admin|admins|sysadmin|"
	    "sysadmins|landlord"},
	/* the fix with whoever was told: "We contacted our server admins
	   and they are looking into it", "We've contacted GitHub and they
	   are looking into it" */
	{RULE_BLAME, HIT, "contacted|emailed|called|phoned|alerted|pinged|"
	    "poked|reached_out_to|spoke_to|spoken_to ~4 and they are|re|have|"
	    "ve|say|said ~1 looking_into|investigating|working|fixing|aware|"
	    "on_it"},
	/* customers warned off a supplier: "nobody should buy stuff from
	   Cloudatcost", "never use Brinkster" */
	{RULE_BLAME, HIT, "never use|trust|buy_from|host_with <extname>"},
	{RULE_BLAME, HIT, "nobody|no_one|noone should|must use|buy|trust ~2 "
	    "from|with? <extname>"},
	/* a named department in trouble: "the Cloud team is having issues
	   replacing it" */
	{RULE_BLAME, HIT, "the <Cap> team|teams is|are|was|were having|facing|"
	    "experiencing issues|trouble|problems|difficulties|difficulty"},
	/* the fix waited on: "Everything should come back to life once AWS
	   is working again" */
	{RULE_BLAME, HIT, "once|until|till|when <supplier> ~1 is|are working|"
	    "back|operational|restored|recovered"},
	/* "Other identity providers are working normally", "Apple Pay is
	   working again" */
	{RULE_BLAME, EXCEPT, "<supplier> ~1 is|are|remain|remains working|"
	    "operating|functioning|performing normally|fine|correctly|properly|"
	    "again|as_expected|as_normal|as_usual"},
	{RULE_BLAME, HIT, "<capname> ~2 have|has|sent|dispatched|sending|"
	    "are_sending|is_sending ~2 technician|technicians|engineer|"
	    "engineers|crew|crews"},
	/* a named company's side, staff or outage */
	{RULE_BLAME, HIT, "<vendor> <kind>? engineers|engineer|technicians|"
	    "technician|team|crew|crews|staff|noc|service_desk|helpdesk"},
	/* working with them is neutral: "in collaboration with the AWS
	   team", "coordinating with Microsoft's team" */
	{RULE_BLAME, EXCEPT, "working|work|worked|collaborating|collaboration|"
	    "coordinating|partnering|engaged|engaging|in_contact|in_touch|"
	    "together with the? <vendor> <vendor>? s? <kind>? engineers|"
	    "engineer|team|teams|staff|support|support_team"},
	{RULE_BLAME, EXCEPT, "working|work|worked|collaborating|collaboration|"
	    "coordinating|partnering|engaged|engaging|in_contact|in_touch|"
	    "together with <capname> s <kind>? engineers|engineer|team|teams|"
	    "staff|support|support_team"},
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
	{RULE_BLAME, EXCEPT, "devices|customers|users|subscribers|phones|sim|"
	    "sims|handsets|mobiles ~4 on|using the? <name> network|networks"},
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
	/* "Due to a Google Cloud Platform (GCP) network anomaly", "Zayo
	   maintenance on the dark fiber ... is interrupting service" */
	{RULE_BLAME, HIT, "due_to|because_of|owing_to|caused_by a|an|the? "
	    "<vendor>"},
	{RULE_BLAME, HIT, "<vendor> maintenance|works|work|upgrade|outage|"
	    "outages|failure ~8 is|are|was|were|has_been|have_been " CAUSING},
	/* a supplier's work or way of working did it */
	{RULE_BLAME, HIT, "maintenance|works|work|upgrade|upgrades|change|"
	    "changes|load_shedding|load_shed|rationing|misconfiguration|"
	    "missconfiguration|misconfig ~3 by|from <ext>"},
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
	{RULE_BLAME, HIT, "by <outsider>"},
	/* "from" a third party is blame for what it did, not for what comes
	   from it: "requests from third-party services" is none */
	{RULE_BLAME, HIT, "damage|interference|attack|attacks|abuse|flooding|"
	    "fault|faults|error|errors|mistake|mistakes|work|works|"
	    "activity|activities|excavation|excavations|digging ~1 from "
	    "<outsider>"},
	{RULE_BLAME, HIT, "damaged|cut|severed|broken|destroyed|ruptured|"
	    "dug_up|"
	    "struck|hit by a|an|the|some ~2 contractor|contractors|excavator|"
	    "excavators|digger|diggers|builders|crew|workers|vandals|thieves|"
	    "vehicle|car|truck|lorry|motorist|tractor"},
	/* a supplier's hand on our things: "blocked by my hosting provider",
	   "my VPS provider restarted my server" */
	{RULE_BLAME, HIT, "<handled> ~1 by <ext>"},
	/* a change of a supplier's doing: "a misconfiguration pushed by our
	   CDN partner" */
	{RULE_BLAME, HIT, "change|changes|update|updates|misconfiguration|"
	    "configuration|config|bug|patch|release ~1 pushed|introduced|"
	    "deployed|shipped|released|rolled_out|applied|made by <ext>"},
	{RULE_BLAME, HIT, "<handled> ~1 by the|our|my host|hoster|landlord"},
	{RULE_BLAME, HIT, "<supplier> has|have|had <handled> our|my|the|a|an|"
	    "its|their|all|some"},
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
	{RULE_BLAME, HIT, "per <supplier>"},
	{RULE_BLAME, HIT, "per|according_to|as_per our|the|my upstream|"
	    "upstreams"},
	{RULE_BLAME, HIT, "<ext> now|also|still|currently|just|again? "
	    "<extdoes>"},
	{RULE_BLAME, HIT, "<capname> reports|reported|announced|advises|"
	    "advised|states|stated|says|said|confirms|confirmed|indicates|"
	    "informed|informs|communicated|"
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
	/* "A master case has been submitted with CDK" */
	{RULE_BLAME, HIT, "case|ticket|fault_report has|have been "
	    "submitted|opened|raised|logged|lodged|filed with <extcap>"},
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
	/* load from a supplier: "a high volume of traffic from our payment
	   provider" (a party known by name only is not told from a place:
	   "from Spotify", "from Europe") */
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
	    "errors|misconfiguration|crashing|crash|change|changes|downtime|"
	    "hiccup|hiccups|hiccough|glitch|blip|anomaly|anomalies|instability|"
	    "congestion|packet_loss|interruption|interruptions|malfunction|"
	    "malfunctions|constraints|capacity_constraints|shortage|shortages|"
	    "cut|cuts|power_cut|power_cuts at|with|within|from|on|in "
	    "<provider>"},
	/* where it began: "Earlier delays originated with the clearing
	   house", "The interruption originated with the external credit
	   reference agency" */
	{RULE_BLAME, HIT, "originated|originates|originating|lay|lies|rests|"
	    "rested with|at the|an|a|our external|third_party|outside? ~3 "
	    "agency|house|bank|banks|authority|registry|registrar|provider|"
	    "supplier|vendor|partner|carrier|operator|company|firm|processor"},
	/* "an expired certificate on the side of our video platform
	   vendor", "false alerts from our external monitoring vendor" */
	{RULE_BLAME, HIT, "on|at the side|end of <ext>"},
	{RULE_BLAME, HIT, "false|spurious|bogus alerts|alarms|alerting|"
	    "positives from <ext>"},
	/* damage done by others: "a contractor digging for the new sewer
	   line went straight thru our fiber feed" */
	{RULE_BLAME, HIT, "contractor|contractors|digger|excavator|builders|"
	    "workmen ~6 cut|hit|damaged|severed|broke|dug_through|dug_up|"
	    "went_through|went_thru|went_straight_through|went_straight_thru"},
	/* "the ISP network issues", "an upstream carrier outage" */
	{RULE_BLAME, HIT, "the|an|a|our|their isp|isps|carrier|carriers|"
	    "upstream|vendor|supplier|provider|providers <kind>? issue|issues|"
	    "outage|outages|"
	    "problem|problems|failure|failures|fault|faults|anomaly|"
	    "disruption|disruptions|maintenance"},
	{RULE_BLAME, HIT, "issue|issues|problem|problems|outage|outages|"
	    "failure|failures|disruption|incident|incidents|fault|faults|error|"
	    "errors|downtime at|with|within|from|on|in <third>"},
	/* "a delay in authentication codes from our external email
	   provider" */
	{RULE_BLAME, HIT, "delay|delays|latency|slowness|response_times|"
	    "timeouts|performance|degradation|downtime ~4 at|from|with <ext>"},
	/* "increased S3 error rates in AWS us-east-1" (not "connection
	   errors in aws-us-west-2", a region of ours), "an Azure networking
	   event" */
	{RULE_BLAME, HIT, "<product> error_rates|errors|latency|latencies|"
	    "failures|timeouts in|at|with|within <vendor>"},
	{RULE_BLAME, HIT, "a|an|the <vendor> ~2 incident|outage|disruption|"
	    "degradation"},
	{RULE_BLAME, HIT, "a|an|the <vendor> networking|network|service|"
	    "power|infrastructure|platform|regional event"},
	/* "an ongoing AWS Kinesis service event" */
	{RULE_BLAME, HIT, "a|an|the ongoing|current|major|regional|"
	    "widespread|wider|broader|large|larger <vendor> ~2 incident|"
	    "outage|disruption|degradation|event"},
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
	    "fixes|restores|repairs|completes|resume|resumes|recover|"
	    "recovers|bring|add|provision|sort|sort_out|sorts|sorts_out"},
	/* "waiting for our network provider to get this fixed", "Waiting on
	   Frontier to come fix things" */
	{RULE_BLAME, HIT, "wait|waiting|await|awaiting for|on <extcap> to ~3 "
	    "resolve|fix|restore|repair|complete|fixed|resolved|restored|"
	    "repaired|bring|add|provision"},
	/* "We are waiting on AWS", "We've contacted GitHub and they are
	   looking into it" */
	{RULE_BLAME, HIT, "waiting_on|waiting_for|awaiting <vendor>"},
	{RULE_BLAME, EXCEPT, "not|no_longer waiting_on|waiting_for|awaiting"},
	{RULE_BLAME, HIT, "contacted|reached_out_to|escalated_to|notified "
	    "<vendor> and they|who are|re|have ~2 looking|investigating|"
	    "working"},
	/* "we are waiting for them to restore service" */
	{RULE_BLAME, HIT, "wait|waiting|await|awaiting for|on them to ~3 "
	    "resolve|fix|restore|repair|complete"},
	/* the fix placed with them: "working on a fix on their end" */
	{RULE_BLAME, HIT, "fix|fixes|issue|issues|problem|problems|outage|"
	    "fault|faults|repair|repairs|working|work|resolved|fixed|restored|"
	    "lifted ~2 on|at their|its end|side"},
	/* "entirely on the supplier side" */
	{RULE_BLAME, HIT, "on|at the|their|our supplier|supplier_s|provider|"
	    "provider_s|vendor|vendor_s|carrier|carrier_s|isp|isp_s|partner|"
	    "partner_s|host|host_s s? side|end"},
	/* whose move it is: "the ball is in their court", "the fix has to
	   come from them", "Resolution depends on NPCI", "We are dependent
	   on the London Stock Exchange restoring its market data feed" */
	{RULE_BLAME, HIT, "ball is|s|remains|lies in ~4 court"},
	{RULE_BLAME, HIT, "fix|fixes|resolution|repair|solution has_to|"
	    "must|needs_to|will_have_to|can_only come from them"},
	{RULE_BLAME, HIT, "fix|fixes|resolution|repair|solution has_to|"
	    "must|needs_to|will_have_to|can_only come from <ext>"},
	{RULE_BLAME, HIT, "resolution|recovery|restoration|fix depends|"
	    "relies|is_dependent|depend|rely on"},
	{RULE_BLAME, HIT, "dependent|reliant|depending|relying|depend|"
	    "depends on ~4 restoring|fixing|resolving|recovering|to_restore|"
	    "to_fix|to_resolve|to_recover"},
	/* "The instability was in the SPI system of the Central Bank, not
	   in our app", "everything on our side checks out" */
	{RULE_BLAME, HIT, "not in|with|on|at|from our|my app|apps|side|end|"
	    "systems|system|platform|network|infrastructure|code|service|"
	    "servers"},
	{RULE_BLAME, HIT, "everything|all on our|my side|end checks_out|"
	    "check_out|is_fine|looks_fine|looks_good|is_working"},
	{RULE_BLAME, HIT, "waiting|wait on|for them $"},
	/* "The datacenter operator in Frankfurt is still working on the
	   affected data hall" */
	{RULE_BLAME, HIT, "<provider> in|at ~2 is|are|has|have still|now|"
	    "currently? <owns>"},
	/* "We currently await Akamai to fix", "while we await GTT
	   resolution" */
	{RULE_BLAME, HIT, "await|awaiting|awaits <extcap> to ~3 resolve|fix|"
	    "restore|repair|complete"},
	{RULE_BLAME, HIT, "await|awaiting|awaits|waiting_for|waiting_on "
	    "<extcap> s? fix|resolution|repair|repairs|restoration|recovery"},
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
	/* "identified the root cause with our underlying carrier", "due to
	   an impact by an upstream provider", "a global outage happening
	   across industry cloud providers" */
	{RULE_BLAME, HIT, "cause|causes|root_cause|source with|at|on|within "
	    "<ext>"},
	{RULE_BLAME, HIT, "impact|impacted|affected|disrupted|degraded by "
	    "<ext>"},
	/* "destroyed by the OVH fire", "errors generated by BunnyCDN",
	   "throttled by recipient mail providers", "a crash took down our
	   hosting provider" */
	{RULE_BLAME, HIT, "destroyed|damaged|wiped_out|taken_down|knocked_out "
	    "by|in the|a <vendor> fire|flood|outage|failure|incident|"
	    "blackout"},
	{RULE_BLAME, HIT, "generated|returned|thrown|served|throttled|blocked|"
	    "rejected|dropped|refused|filtered|blacklisted|blocklisted by <ext>"},
	{RULE_BLAME, HIT, "crippled|knocked_out|took_down|brought_down|"
	    "knocked_offline|took_offline <provider>"},
	/* "The upstream provider is deploying the mitigation" */
	{RULE_BLAME, HIT, "<provider> is|are|has_been|have_been deploying|"
	    "applying|implementing|rolling_out"},
	{RULE_BLAME, HIT, "outage|outages|disruption|failure|failures "
	    "happening|occurring|ongoing across|at|with|within <provider>"},
	/* not a supplier's fault but our feature named after it: "The
	   service degradation with Meta integration", "the problem with
	   Apple's third-party login" */
	{RULE_BLAME, EXCEPT, "issue|issues|problem|problems|degradation|"
	    "outage|errors|failure|failures|disruption|interruption with|for|"
	    "affecting|in|on|of the|our? <vendor> s? ~2 integration|"
	    "integrations|login|logins|sign_in|sso|app|apps|plugin|add_on|"
	    "connector|connection|authentication|calendar|sync|pay|payments|"
	    "wallet|marketplace|workspace|accounts|account|store|addresses|"
	    "users|customers|devices"},
	/* looked into together: "investigate this interruption with our
	   cloud providers" */
	{RULE_BLAME, EXCEPT, "investigate|investigating|investigation_of|"
	    "working_on|looking_into|resolve|resolving|address|addressing "
	    "this|the ~2 issue|issues|problem|problems|interruption|outage|"
	    "disruption with"},
	/* "a correlation between this issue and one of our Cloud Service
	   Providers" */
	{RULE_BLAME, HIT, "correlation|link|connection between ~4 and <ext>"},
	/* "AWS Availability Zone use1-az4 in US-EAST-1 region is impaired"
	   (the zone's name and region between: up to seven words) */
	{RULE_BLAME, HIT, "<vendor> !s|this|that|it|these|those|which|we|our "
	    "~3 is|are|was|were|has_been|have_been impaired|degraded|"
	    "unavailable|unreachable|down|offline|failing"},
	{RULE_BLAME, HIT, "<vendor> availability_zone|availability_zones|"
	    "zone|zones|az|azs|region|regions|datacenter|data_center ~7 "
	    "is|are|was|were|has_been|have_been impaired|degraded|"
	    "unavailable|unreachable|down|offline|failing"},
	/* working with a vendor's support, not its trouble: "investigate
	   the IP accessibility issues with Azure support" */
	{RULE_BLAME, EXCEPT, "issue|issues|problem|problems with <vendor> "
	    "support|engineers|engineering|team|teams|staff|help"},
	/* "Our external service used for Asset handling is currently
	   experiencing issues" */
	{RULE_BLAME, HIT, "<third> ~5 is|are|was|were|has_been|have_been "
	    "currently|still|now|also? experiencing|having|facing|suffering"},
	/* "The issue has been identified and fixed by hosting" */
	{RULE_BLAME, HIT, "fixed|resolved|restored|repaired|corrected by "
	    "hosting|our_hosting|the_hosting|the_host|our_host|the_hoster|"
	    "our_hoster|upstream|the_upstream"},
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
	    "across|behind|between|like|than|including|use|uses|over|"
	    "about|contacted|contacting|engaged|engaging <vendor> !s|side|end|"
	    "engineers|technicians|team|staff|outage|outages|datacenter|"
	    "data_center|network|resolved|fixed|restored|which|that|who|"
	    "and_they|and_who"},
	/* "with AWS and Cloudflare", but not "delayed and AWS is down" */
	{RULE_BLAME, EXCEPT, "and|or <vendor> !s|side|end|engineers|"
	    "technicians|team|staff|outage|outages|datacenter|data_center|"
	    "network|resolved|fixed|restored|which|that|who|is|are|was|were"},
	{RULE_BLAME, EXCEPT, "with|via|through|using|to|for|into|on|of|in|"
	    "and|or|across|behind|between|like|than|including|use|uses|over|"
	    "about|contacted|contacting|engaged|engaging <provider> !s|fix|"
	    "restoration|repair|resolution|resolved|fixed|restored|has|have|"
	    "is|are|which|that|who|while|whose|immediately|quickly|promptly|"
	    "also|still|then|began|started|side|end|mandated|initiated|imposed|"
	    "forced"},

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
	{RULE_NEXT, PRESENT, "check_back|post_again|write_again ~3 in|within|"
	    "after|around|about <dur>"},
	{RULE_NEXT, PRESENT, "next update|updates|report <when>"},
	{RULE_NEXT, PRESENT, "next update|updates|report"},
	/* once resolved: was data lost, is service fully back */
	{RULE_DATA, PRESENT, "data|lost|loss|losing|lose|intact|preserved|"
	    "backfilled|backfill|dropped|discarded|recovered|corrupted|"
	    "corruption"},
	{RULE_RESTORED, PRESENT, "restored|resolved|recovered|normal|normally|"
	    "operational|back_up|back_online|fully|working_as_expected|healthy|"
	    "stable|back_to_normal|functioning"},

	/* an update not resolved that says the incident is over */
	{RULE_STILL_OPEN, HIT, "has_been|have_been|is_now|are_now|has_now_been|"
	    "have_now_been fully|completely? resolved|fixed"},
	{RULE_STILL_OPEN, HIT, "has_been|have_been|is_now|are_now|has_now_been|"
	    "have_now_been fully|completely restored"},
	{RULE_STILL_OPEN, HIT, "service|services|access|functionality|"
	    "connectivity|everything has_been|have_been|is_now|are_now "
	    "restored"},
	{RULE_STILL_OPEN, HIT, "incident|issue|issues|problem|problems|outage|"
	    "disruption|matter is|are resolved|fixed $"},
	{RULE_STILL_OPEN, HIT, "we_have|we_ve resolved|fixed the|this "
	    "issue|incident|problem|outage"},
	/* whoever did it: "Fastly has", "the team has", "our engineers have" */
	{RULE_STILL_OPEN, HIT, "has|have now? fully|successfully|completely? "
	    "resolved|fixed the|this issue|issues|incident|problem|problems|"
	    "outage|disruption"},
	{RULE_STILL_OPEN, HIT, "is|are|now considered|marked resolved"},
	{RULE_STILL_OPEN, HIT, "marking|closing this|the incident|issue as? "
	    "resolved"},

	/* a code name, as updates name internal projects ("project Falcon") */
	{RULE_INTERNAL, HIT, "codename|codenamed|code_name|code_named|project|"
	    "internally_known_as|internally_called|internally_named <Cap>"},
};

static const char update_words[] = "update|updates|updated|report|reports|"
    "postmortem|mortem|retrospective|review|summary|details|"
    "information|communication|news|monitor|monitoring|watch|watching|"
    "observe|observing|writeup|rfo|rca|statement|announcement|notice|"
    "explanation|touch|notify|notified|contacted|respond|reply|"
    "publish|published|share|shared|post|posted|follow|provided|eye|"
    "bulletin|bulletins|info|inform|comment";
static const char res_words[] = "fix|fixed|fixes|resolve|resolved|resolution|"
    "restore|restored|restoration|recover|recovered|recovery|back|normal|"
    "available|live|deployed|deploy|deployment|complete|completed|completes|"
    "done|operational|online|working|finished|finish|rollback|rolled|"
    "mitigated|mitigation|functional|running|clear";
static const char future_words[] = "will|ll|shall|expect|expects|expected|"
    "estimates|"
    "expecting|anticipate|anticipated|should|going|aim|aiming|aims|plan|"
    "planning|plans|hope|hoping|hopes|estimate|estimated|target|targeting|"
    "intend|intending|scheduled|may|might|can|supposed|must|need|needs|"
    "targeted|set";
static const char cond_words[] = "when|once|if|after|until|whenever|upon";
static const char past_words[] = "had|was|were|did|didn|been|ago|took|lasted|"
    "experienced|suffered|encountered|went|came|failed|crashed|caused|"
    "migrated|gave|told|revised|interfered|affected|impacted|reported|"
    "began|begun|started|saw|seen|noticed|observed|detected|received|"
    "occurred|happened|spiked|peaked|rose|fell|dropped|returned|recovered|"
    "completed|finished|ended|stopped|ceased|subsided|could|yesterday|"
    "earlier|previously|initially|rolled|reverted|deployed|restored|"
    "mitigated|applied|fixed|resolved|worked|addressed|coordinated|"
    "provisioned|upgraded|rebuilt|restarted|rebooted|replaced|repaired|"
    "patched|cleared|removed|implemented|got";
