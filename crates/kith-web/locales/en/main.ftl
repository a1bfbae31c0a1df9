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
