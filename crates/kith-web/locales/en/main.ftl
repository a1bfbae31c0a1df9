# Kith — English. Every user-facing string of the web pages is here; other languages translate what they can
# and fall back to these.

language-name = English
language-direction = ltr

service-name = Kith
skip-to-main-content = Skip to main content
nav-label = Menu
nav-wards = Wards
nav-admin = Administration
nav-sign-in = Sign in
nav-sign-out = Sign out
language-switch-label = Choose a language
demo-tag = Demo
demo-banner = This is a demonstration city. The people, contact details and accounts are made up; the places are real open data.
footer-support-links = Support links
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-data = Data sources and licences
footer-api = Open data API
footer-kith = Kith is open-source software for neighbourhood working.
attribution-ogl = Contains public sector information licensed under the Open Government Licence v3.0.
attribution-ons = Source: Office for National Statistics licensed under the Open Government Licence v3.0.
attribution-os = Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright and database right 2025.
attribution-lsoa = Ward to LSOA lookup: Office for National Statistics, Open Government Licence v3.0.

error-summary-title = There is a problem
error-prefix = Error:
error-title-prefix = Error:
error-go-home = Go to the start page
error-not-found-title = Page not found
error-not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.
error-forbidden-title = You cannot see this page
error-forbidden-body = Your account does not have permission to see this page. Ask an administrator if you need it.
error-bad-request-title = Sorry, we could not understand that
error-bad-request-body = Something in the request was not in the form we expected. Go back and try again.
error-form-expired-title = The form has expired
error-form-expired-body = For your security, forms work only from the page they were shown on. Go back, reload the page and try again.
error-server-error-title = Sorry, there is a problem with the service
error-server-error-body = Try again later. Nothing you entered has been half saved.

finder-title = Find your ward
finder-heading = Find your ward
finder-lede = Enter a postcode to find the ward, its councillors and the neighbourhood coordinator who is your point of contact in { $city }.
finder-postcode-label = Postcode
finder-postcode-hint = For example, B15 2TT
finder-submit = Find ward
finder-browse = Or browse all wards
finder-error-postcode-missing = Enter a postcode
finder-error-postcode-malformed = Enter a real postcode, like B15 2TT: letters and numbers, then a space, then a number and two letters
finder-error-postcode-unknown = We could not find { $postcode }. Check the postcode and try again: it may be new or no longer in use
finder-error-postcode-outside-known = { $postcode } is not in { $city }. It is in { $council }: contact { $council } council for services there
finder-error-postcode-outside = { $postcode } is not in { $city }. Contact your local council for services there

wards-title = All wards
wards-heading = Wards in { $city }
wards-lede = { $count ->
    [one] There is 1 ward.
   *[other] There are { $count } wards.
} Each elects councillors and has a neighbourhood coordinator.
wards-map-heading = Map of the wards
wards-map-hint = Select a ward on the map to go to its page, or use the list of wards below.
wards-map-title = Map of the wards of { $city }
wards-list-heading = List of wards

ward-title = { $ward } ward
ward-back = All wards
ward-caption = Ward in { $city }
ward-contact-heading = Your point of contact
ward-coordinator-role = Neighbourhood coordinator
ward-no-coordinator = This ward does not have a neighbourhood coordinator yet.
ward-councillors-heading = { $count ->
    [one] Councillor
   *[other] Councillors
}
ward-no-councillors = We do not have the councillors for this ward yet.
ward-neighbourhood-heading = Neighbourhood
ward-neighbourhood-wards = Wards:
ward-no-neighbourhood = This ward is not part of a neighbourhood yet.
ward-map-heading = Map
ward-map-title = Map of { $ward } ward and the wards around it
ward-code = Ward code { $code }, { $generation } boundaries.
ward-boundary-download = Download the boundary (GeoJSON)
contact-email = Email
contact-phone = Telephone

sign-in-title = Sign in
sign-in-heading = Sign in
sign-in-lede = Sign in with the email address and password of your staff or partner account.
sign-in-email = Email address
sign-in-password = Password
sign-in-submit = Sign in
sign-in-error-too-many = You have tried to sign in too many times. Wait 5 minutes and try again

admin-title = Administration
admin-heading = Signed in as { $name }
admin-your-roles = Your roles
admin-no-roles = You do not have any roles yet. Ask an administrator.
admin-tasks = What you can do
admin-users-link = Manage accounts and roles
admin-people-link = Councillors and coordinators
admin-audit-link = Audit trail
admin-back = Administration
scope-city = All of { $city }
scope-kind-ward = Ward
scope-kind-neighbourhood = Neighbourhood
scope-kind-organisation = Organisation
select-one = Select one
save = Save

users-title = Accounts
users-add = Add an account
users-caption = { $count ->
    [one] 1 account
   *[other] { $count } accounts
}
users-name = Name
users-email = Email address
users-status = Status
users-last-sign-in = Last signed in
users-disabled = Disabled
users-active = Active
users-never = Never
users-back = Accounts

user-new-title = Add an account
user-name = Full name
user-email = Email address
user-password = Password
user-password-hint = At least 12 characters. Three random words make a good password.
user-create = Add account
user-roles-heading = Roles
user-no-roles = This person has no roles yet, so they can only see public pages.
user-role-remove = Remove
user-role-add-heading = Give a role
user-role = Role
user-scope = Where the role applies
user-role-add = Give role
user-details-heading = Details
user-disabled = Account disabled (the person cannot sign in)

people-title = Councillors and coordinators
people-lede = These records are shown on ward pages so residents know who to contact. People here do not need an account.
people-add = Add a councillor or coordinator
people-caption = { $count ->
    [one] 1 person
   *[other] { $count } people
}
people-name = Name
people-office = Role
people-wards = Wards
people-back = Councillors and coordinators
office-councillor = Councillor
office-coordinator = Neighbourhood coordinator
person-new-title = Add a councillor or coordinator
person-name = Name
person-office = Role
person-affiliation = Party or team
person-affiliation-hint = A councillor's party, or a coordinator's team
person-email = Email address
person-phone = Telephone number
person-wards = Wards
person-wards-hint = A ward has one, two or three councillors.
person-remove = Remove this person

audit-title = Audit trail
audit-lede = Every sign-in, failed sign-in and administrative change, newest first.
audit-caption = { $count ->
    [one] The latest event
   *[other] The latest { $count } events
}
audit-when = When
audit-who = Who
audit-what = What
audit-subject = About
audit-detail = Detail

accessibility-title = Accessibility statement
accessibility-intro = This service is run by { $city } council. We want as many people as possible to be able to use it. You should be able to:
accessibility-zoom = zoom in up to 400% without the text spilling off the screen
accessibility-keyboard = use the whole service with a keyboard alone
accessibility-screen-reader = use the service with a screen reader
accessibility-no-javascript = use every page without JavaScript, on a slow connection, or printed
accessibility-languages = read the ward finder in other languages, including right-to-left scripts
accessibility-status-heading = Compliance status
accessibility-status = This service aims to meet the Web Content Accessibility Guidelines version 2.2 to level AA.
accessibility-testing-heading = How we test
accessibility-testing = Every public page, with its error states, is checked automatically against WCAG 2.2 A and AA rules at phone and desktop widths, and driven with the keyboard alone, each time the software changes.
accessibility-report-heading = Reporting problems
accessibility-report = If you find a problem, or need information in a different format, contact your neighbourhood coordinator (find them from your ward's page).
accessibility-enforcement = The Equality and Human Rights Commission is responsible for enforcing the accessibility regulations. If you are not happy with how we respond, contact the Equality Advisory and Support Service.

privacy-title = Privacy notice
privacy-intro = { $city } council runs this service. This notice says what it keeps about you and why.
privacy-finder-heading = Finding your ward
privacy-finder = The postcode you enter is used to find your ward and is not stored.
privacy-staff-heading = Staff and partner accounts
privacy-staff = For people with an account we keep their name, email address, roles and a record of each sign-in and administrative change, to keep residents' information safe.
privacy-cookies-heading = Cookies
privacy-cookies-caption = Cookies this service sets, all of them needed for it to work
privacy-cookie-name = Name
privacy-cookie-purpose = Purpose
privacy-cookie-expires = Expires
privacy-cookie-csrf = Protects forms from being sent by other websites
privacy-cookie-session = Keeps you signed in
privacy-cookie-lang = Remembers the language you chose
privacy-cookie-session-end = When you close your browser
privacy-cookie-12-hours = After 12 hours
privacy-cookie-1-year = After 1 year
privacy-rights-heading = Your rights
privacy-rights = You can ask for a copy of what we hold about you, and for it to be corrected. Contact the council's data protection officer.

data-title = Data sources and licences
data-intro = The wards, postcodes and statistical areas in this service are open data:
data-api-heading = Open data
data-api = The places data is available as JSON and GeoJSON from the API:

## The directory
nav-directory = What's on
day-monday = Monday
day-tuesday = Tuesday
day-wednesday = Wednesday
day-thursday = Thursday
day-friday = Friday
day-saturday = Saturday
day-sunday = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date = { $day } { $month } { $year }
time-am = { $time }am
time-pm = { $time }pm
list-and = { $first } and { $last }
ordinal-1 = first
ordinal-2 = second
ordinal-3 = third
ordinal-4 = fourth
ordinal-last = last
schedule-weekly = Every { $days }, { $opens } to { $closes }
schedule-fortnightly = Every other { $days }, { $opens } to { $closes }
schedule-every-n-weeks = { $days } every { $weeks } weeks, { $opens } to { $closes }
schedule-monthly = The { $ordinal } { $day } of every month, { $opens } to { $closes }
schedule-once = { $date }, { $opens } to { $closes }
schedule-not-bank-holidays = , not on bank holidays
schedule-from = , from { $date }
schedule-until = , until { $date }
next-today = Today { $time }
next-tomorrow = Tomorrow { $time }
next-day = { $day } { $time }
next-date = { $date } { $time }
checked = Checked { $ago }
ago-today = today
ago-days = { $n ->
    [one] 1 day ago
   *[other] { $n } days ago
}
ago-months = { $n ->
    [one] 1 month ago
   *[other] { $n } months ago
}
distance-miles = { $miles } miles
cost-free = Free
access-step-free = Step-free access
access-accessible-toilet = Accessible toilet
access-hearing-loop = Hearing loop
access-parking = Parking
access-quiet-space = Quiet space
access-baby-changing = Baby changing
access-large-print = Large print information

directory-title = Find local activities and support
directory-heading = What's on near you
directory-lede = Community activities, groups and support in { $city }: lunch clubs, walking groups, food banks, befriending, advice and much more.
directory-page-of = page { $page } of { $pages }
directory-q-label = What are you looking for?
directory-q-hint = For example, lunch club, walking, ESOL or food bank
directory-postcode-label = Postcode
directory-postcode-hint = To see what is nearest first
directory-within-label = Distance
directory-within-any = Any distance
directory-within-miles = Within { $miles } miles
directory-need-label = Type of help
directory-need-any = Any
directory-need-all = All of { $need }
directory-ward-label = Ward
directory-ward-any = Any ward
directory-age-label = Age of the person
directory-age-hint = In years
directory-when-legend = When
directory-open-now = Open now
directory-on-day = On { $day }s
directory-cost-legend = Cost
directory-free-only = Free only
directory-language-label = Language spoken
directory-language-any = Any language
directory-access-legend = Accessibility
directory-search = Search
directory-results-count = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
}
directory-view-list = List
directory-view-map = Map
directory-shortlist-link = Shortlist ({ $count })
directory-map-title = Map of the results on this page
directory-map-you = Your postcode
directory-temporarily-closed = Temporarily closed
directory-distance = { $distance } away
directory-next = Next: { $when }
directory-also-in = Also in { $languages }
directory-shortlist-add = Add to shortlist
directory-shortlist-remove = Remove from shortlist
directory-no-results = Nothing matches all of that. Try fewer words or filters, or a wider distance.
directory-open-data = This directory is open data (Open Referral UK).
directory-open-data-link = Get the data
directory-back = Back to search
directory-error-postcode-malformed = Enter a postcode like B15 2TT
directory-error-postcode-unknown = We do not know that postcode: check it and try again
directory-error-within-needs-postcode = Enter a postcode to search within a distance
directory-error-within = Choose a distance from the list
directory-error-ward = Choose a ward from the list
directory-error-need = Choose a type of help from the list
directory-error-age = Enter an age in years, like 67
directory-error-day = Choose days of the week from the list
directory-error-language = Choose a language from the list
directory-error-access = Choose accessibility features from the list
pagination-label = Results pages
pagination-previous = Previous
pagination-next = Next
pagination-page = Page { $page }

warning = Warning
service-temporarily-closed = This service is temporarily closed.
service-expired-staff = Nobody has checked this record for 18 months, so it is hidden from the public until its owner confirms it.
service-assured = Quality assured { $date }
service-who-heading = Who it is for
service-everyone = Everyone
service-ages-between = Ages { $min } to { $max }
service-ages-from = Ages { $min } and over
service-ages-up-to = Ages up to { $max }
service-when-heading = When
service-calendar = Add the sessions to your calendar
service-no-schedule = Get in touch to find out when.
service-where-heading = Where
service-in-ward = In
service-access-heading = Accessibility:
service-access-unknown = Ask about accessibility before you go.
service-no-location = This service has no fixed place: get in touch.
service-areas = Serves people in
service-contact-heading = How to get in touch
service-cost-heading = Cost
service-languages-heading = Languages spoken
service-languages-unknown = Ask which languages are spoken.
service-terms-heading = Types of help
service-funded-by = Funded by { $funders }
service-see-shortlist = See your shortlist
service-run-by = Run by
service-history-link = See the history of this record
service-open-data = This record as open data

history-title = History of { $name }
history-back = Back to the service
history-heading = History of changes
history-when = When
history-who = Who
history-field = What
history-from = From
history-to = To
history-none = No changes have been recorded.

shortlist-title = Your shortlist
shortlist-heading = What's on near you
shortlist-printed = Printed on { $date }. { $city } community directory.
shortlist-lede = The services you have picked, ready to print or share.
shortlist-share = Share this list with this link (it works without an account):
shortlist-print-hint = To print it, use your browser's print option: the page prints without the menus.
shortlist-empty = Your shortlist is empty. Add services to it from the search results or a service's page.
shortlist-find = Find activities and support

data-directory-title = Directory open data
data-directory-heading = The directory as open data
data-directory-lede = All { $count } services in the { $city } directory, free to reuse. The files hold only what services publish about themselves: no personal data.
data-directory-downloads = Download
data-directory-ndjson = Open Referral UK, one service a line (ndjson)
data-directory-csv = Spreadsheet (CSV)
data-directory-geojson = Map points (GeoJSON)
data-directory-api = API
data-directory-api-body = The same records are served by an Open Referral UK 3.0 API, with no key needed:
data-directory-template = Sending us your services
data-directory-template-body = Groups and networks can send their services as a spreadsheet with these columns (the same as the CSV download), or as an Open Referral UK feed:
data-directory-licence = Directory data is available under the Open Government Licence v3.0.

## Keeping the directory
nav-manage = Your directory entries
manage-title = Your directory entries
manage-heading = Your directory entries
manage-review-link = Changes waiting for your review
manage-stale-link = What is going out of date
manage-waiting = Waiting for review
manage-organisation-waiting = Your change to the organisation's details is waiting for review.
manage-returned = A change was sent back: { $reason }
manage-edit-organisation = Change the organisation's details
manage-add-service = Add a service
manage-for = for { $name }
manage-services-caption = Services
manage-service = Service
manage-state = State
manage-actions = Actions
manage-sent-back = Sent back
manage-hidden = Hidden: not checked for 18 months
manage-published = Published
manage-edit = Change
manage-still-accurate = Still accurate
manage-no-services = No services yet.
manage-new-service = New service: { $name }
saved-published-title = Published
saved-review-title = Sent for review
saved-published-body = The change is in the directory now.
saved-review-body = The network lead for the area will check it, usually within a few days. Until then the directory shows what it showed before. You will see here if they send it back.
saved-back = Back to your directory entries
saved-see = See it in the directory
organisation-form-title = Change the organisation's details
organisation-form-heading = Your organisation
form-organisation-name = Name
form-organisation-description = What the organisation does
form-organisation-email = Email address
form-organisation-phone = Telephone
form-organisation-website = Website
form-save = Save
service-form-new-title = Add a service
service-form-edit-title = Change a service
service-form-what = What it is
form-service-name = Name of the service
form-service-description = What happens there
form-service-description-hint = A sentence or two in plain words: what people do, and what to expect on their first visit.
form-service-eligibility = Who it is for
form-service-eligibility-hint = For example, carers of people with dementia. Leave it empty if everyone is welcome.
form-service-minimum-age = Youngest age (years)
form-service-maximum-age = Oldest age (years)
form-service-ages = Ages
form-service-need = Types of help
form-service-need-hint = Choose all that apply.
form-service-status = Is it running?
form-service-running = Yes, it is running
form-service-where = Where
form-service-place = Where it happens
form-service-new-place = Somewhere else (enter it below)
form-service-no-place = No fixed place (by phone or online)
form-service-new-place-hint = If it happens somewhere else, enter the place:
form-service-venue-name = Name of the place
form-service-venue-address = Street address
form-service-venue-postcode = Postcode
form-service-access = Accessibility of the place
form-service-access-hint = Choose what the place has.
form-service-when = When
form-service-days = Days
form-service-opens = Starts
form-service-closes = Ends
form-service-time-hint = For example, 10:00 or 14:30
form-service-how-often = How often
form-service-every-week = Every week
form-service-every-other-week = Every other week
form-service-bank-holidays = Bank holidays
form-service-not-bank-holidays = It does not run on bank holidays
form-service-schedule-note = Anything else about when
form-service-schedule-note-hint = For example, term time only
form-service-cost = Cost
form-service-cost-amount = Cost in pounds
form-service-cost-hint = Leave it empty if it is free
form-service-cost-description = What the cost covers
form-service-cost-description-hint = For example, per session, including lunch
form-service-contact = Languages and how to get in touch
form-service-languages = Languages spoken
form-service-languages-hint = ISO 639 codes separated by commas, for example en, ur, pa for English, Urdu and Punjabi
form-service-phone = Telephone
form-service-email = Email address
form-service-website = Website
review-title = Changes waiting for review
review-heading = Changes waiting for review
review-lede = Community organisations' changes to the directory in your area. The public sees them once you approve them.
review-caption = { $count ->
    [one] 1 change, longest waiting first
   *[other] { $count } changes, longest waiting first
}
review-record = Record
review-where = Wards
review-from = From
review-new = New
review-empty = Nothing is waiting for review.
review-back = Back to the review queue
review-draft-title = Review a change
review-draft-new = A new entry
review-draft-change = A change to an entry
review-draft-from = From { $by }, { $at }.
review-draft-caption = What the directory will say
review-field = Field
review-now = Now
review-proposed = Proposed
review-changed = Changed
review-approve = Approve and publish
review-reason = Or send it back, saying what needs to change
review-reason-hint = The organisation sees this.
review-return = Send back
review-decided = This change has been decided: { $status }
review-error-decision = Choose whether to approve or send back
stale-title = What is going out of date
stale-heading = What is going out of date
stale-lede = Services nobody has checked for 6 months or more, by ward, in your area. Owners are reminded by email at 6 and 12 months; at 18 months a service is hidden from the public until someone checks it.
stale-counts = { $ageing } over 6 months, { $stale } over 12 months, { $expired } hidden
stale-hidden = Hidden
stale-stale = Over 12 months
stale-ageing = Over 6 months
stale-none = Everything in your area has been checked in the last 6 months.
stale-city-wide = Across the city
link-title = Is this still right?
link-heading = Is { $name } still right?
link-confirm = Yes, it is all still right
link-changed = Something has changed?
link-sign-in = Sign in and update it
link-done-title = Thank you
link-done-body = The entry counts as checked today. We will ask again in 6 months.
link-problem-title = This link does not work
link-used = The entry has been checked or changed since this link was sent, so the link no longer works. Nothing more is needed.
link-gone = That service is no longer in the directory.
link-invalid = The link is not complete. Copy the whole link from the email, or sign in instead.
link-problem-next = If you need to update the entry, ask your network lead or
shortlist-email-subject = What's on near you: activities and support in { $city }
shortlist-email-intro = Here are the activities and support we talked about. Each has a link with more details.
shortlist-email-link = The whole list, to share or print:
shortlist-email-to = Email this list
shortlist-email-hint = To the resident, or to yourself to print later. Only send it with the person's agreement.
shortlist-email-send = Send the list
shortlist-sent-title = Sent
shortlist-sent = The list is on its way.
