# Kith — Bengali (বাংলা), as the Bangladeshi community in Birmingham reads it. The team's own translation
# (a draft until a community translator reviews it).

language-name = বাংলা
language-direction = ltr
service-name = Kith
skip-to-main-content = সরাসরি মূল অংশে যান
nav-label = মেনু
nav-wards = ওয়ার্ড
nav-admin = অ্যাডমিন
nav-sign-in = সাইন ইন করুন
nav-sign-out = সাইন আউট করুন
language-switch-label = ভাষা বেছে নিন
demo-tag = ডেমো
demo-banner = এটি একটি নমুনা শহর। এখানকার মানুষ, যোগাযোগের তথ্য ও অ্যাকাউন্টগুলো বানানো; তবে জায়গাগুলো আসল, সবার জন্য উন্মুক্ত তথ্য (ওপেন ডেটা) থেকে নেওয়া।
footer-support-links = সহায়ক লিংক
footer-accessibility = প্রবেশগম্যতা বিবৃতি
footer-privacy = গোপনীয়তা বিজ্ঞপ্তি
footer-data = তথ্যের উৎস ও লাইসেন্স
footer-translations = অনুবাদ
footer-api = ওপেন ডেটা API
footer-kith = Kith হলো এলাকাভিত্তিক কাজের জন্য একটি ওপেন-সোর্স সফটওয়্যার।
attribution-ogl = এখানে সরকারি খাতের তথ্য রয়েছে, যা Open Government Licence v3.0-এর অধীনে লাইসেন্স করা।
attribution-os = এখানে OS-এর তথ্য রয়েছে: © Crown copyright and database right 2025। এখানে Royal Mail-এর তথ্য রয়েছে: © Royal Mail copyright and database right 2025। এখানে জাতীয় পরিসংখ্যানের (National Statistics) তথ্য রয়েছে: © Crown copyright and database right 2025।
error-summary-title = একটি সমস্যা হয়েছে
error-prefix = ত্রুটি:
error-title-prefix = ত্রুটি:
error-go-home = শুরুর পাতায় যান
error-not-found-title = পাতাটি পাওয়া যায়নি
error-not-found-body = ওয়েব ঠিকানাটি নিজে টাইপ করে থাকলে দেখুন সেটি ঠিক আছে কিনা। পেস্ট করে থাকলে দেখুন পুরো ঠিকানাটি কপি করেছেন কিনা।
error-forbidden-title = আপনি এই পাতাটি দেখতে পারবেন না
error-forbidden-body = আপনার অ্যাকাউন্টে এই পাতাটি দেখার অনুমতি নেই। দরকার হলে একজন অ্যাডমিনকে জিজ্ঞেস করুন।
error-bad-request-title = দুঃখিত, আমরা বিষয়টি বুঝতে পারিনি
error-bad-request-body = আপনি যা পাঠিয়েছেন, তার কিছু অংশ আমরা যেভাবে আশা করেছিলাম সেভাবে আসেনি। আগের পাতায় ফিরে গিয়ে আবার চেষ্টা করুন।
error-form-expired-title = ফর্মটির মেয়াদ শেষ হয়ে গেছে
error-form-expired-body = আপনার নিরাপত্তার জন্য, ফর্ম শুধু সেই পাতা থেকেই কাজ করে যেখানে সেটি দেখানো হয়েছিল। আগের পাতায় ফিরে যান, পাতাটি আবার লোড করুন এবং আবার চেষ্টা করুন।
error-too-many-title = আপনি এটি অনেকবার পাঠিয়েছেন
error-too-many-body = সেবাটি সবার জন্য ন্যায্য রাখতে, একই জিনিস কতবার পাঠানো যাবে তার একটি সীমা আছে। দশ মিনিট অপেক্ষা করে আবার চেষ্টা করুন। এর মধ্যে আপনি যা পাঠিয়েছেন, তা সংরক্ষণ করা হয়নি।
error-server-error-title = দুঃখিত, সেবাটিতে একটি সমস্যা হয়েছে
error-server-error-body = পরে আবার চেষ্টা করুন। আপনি যা লিখেছিলেন, তার কোনো কিছুই আধাআধি সংরক্ষণ হয়নি।
finder-title = আপনার ওয়ার্ড খুঁজুন
finder-heading = আপনার ওয়ার্ড খুঁজুন
finder-lede = পোস্টকোড লিখুন। আমরা দেখাব আপনার ওয়ার্ড কোনটি, সেখানকার কাউন্সিলর কারা, আর { $city }-এ আপনার যোগাযোগের মানুষ — এলাকা সমন্বয়কারী — কে।
finder-postcode-label = পোস্টকোড
finder-postcode-hint = যেমন, B15 2TT
finder-submit = ওয়ার্ড খুঁজুন
finder-browse = অথবা সব ওয়ার্ডের তালিকা দেখুন
finder-error-postcode-missing = একটি পোস্টকোড লিখুন
finder-error-postcode-malformed = একটি সঠিক পোস্টকোড লিখুন, যেমন B15 2TT: প্রথমে অক্ষর ও সংখ্যা, তারপর একটি ফাঁকা জায়গা, তারপর একটি সংখ্যা ও দুটি অক্ষর
finder-error-postcode-unknown = আমরা { $postcode } খুঁজে পাইনি। পোস্টকোডটি ঠিক আছে কিনা দেখে আবার চেষ্টা করুন: এটি নতুন হতে পারে, অথবা এখন আর ব্যবহার হয় না
finder-error-postcode-outside-known = { $postcode } { $city }-এর মধ্যে নয়। এটি { $council }-এর মধ্যে পড়েছে: সেখানকার সেবার জন্য { $council } কাউন্সিলের সাথে যোগাযোগ করুন
finder-error-postcode-outside = { $postcode } { $city }-এর মধ্যে নয়। সেখানকার সেবার জন্য আপনার স্থানীয় কাউন্সিলের সাথে যোগাযোগ করুন
wards-title = সব ওয়ার্ড
wards-heading = { $city }-এর ওয়ার্ডগুলো
wards-lede = { $count ->
    [one] এখানে { $count }টি ওয়ার্ড আছে।
   *[other] এখানে { $count }টি ওয়ার্ড আছে।
} প্রতিটি ওয়ার্ডের মানুষ ভোট দিয়ে কাউন্সিলর নির্বাচন করেন, আর প্রতিটি ওয়ার্ডে একজন এলাকা সমন্বয়কারী আছেন।
wards-map-heading = ওয়ার্ডগুলোর মানচিত্র
wards-map-hint = কোনো ওয়ার্ডের পাতায় যেতে মানচিত্রে সেটি বেছে নিন, অথবা নিচের ওয়ার্ডের তালিকা ব্যবহার করুন।
wards-map-title = { $city }-এর ওয়ার্ডগুলোর মানচিত্র
wards-list-heading = ওয়ার্ডের তালিকা
ward-title = { $ward } ওয়ার্ড
ward-back = সব ওয়ার্ড
ward-caption = { $city }-এর একটি ওয়ার্ড
ward-contact-heading = আপনার যোগাযোগের মানুষ
ward-coordinator-role = এলাকা সমন্বয়কারী
ward-no-coordinator = এই ওয়ার্ডে এখনো কোনো এলাকা সমন্বয়কারী নেই।
ward-councillors-heading = { $count ->
    [one] কাউন্সিলর
   *[other] কাউন্সিলরগণ
}
ward-no-councillors = এই ওয়ার্ডের কাউন্সিলরদের তথ্য এখনো আমাদের কাছে নেই।
ward-neighbourhood-heading = এলাকা
ward-neighbourhood-wards = ওয়ার্ডগুলো:
ward-no-neighbourhood = এই ওয়ার্ডটি এখনো কোনো এলাকার (নেইবারহুড) অংশ নয়।
ward-map-heading = মানচিত্র
ward-map-title = { $ward } ওয়ার্ড ও তার আশপাশের ওয়ার্ডগুলোর মানচিত্র
ward-code = ওয়ার্ড কোড { $code }, { $generation }-এর সীমানা অনুযায়ী।
ward-boundary-download = সীমানা ডাউনলোড করুন (GeoJSON)
contact-email = ইমেইল
contact-phone = ফোন
nav-directory = কোথায় কী হচ্ছে
day-monday = সোমবার
day-tuesday = মঙ্গলবার
day-wednesday = বুধবার
day-thursday = বৃহস্পতিবার
day-friday = শুক্রবার
day-saturday = শনিবার
day-sunday = রবিবার
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
date = { $day } { $month } { $year }
time-am = { $time } পূর্বাহ্ণ
time-pm = { $time } অপরাহ্ণ
list-and = { $first } ও { $last }
ordinal-1 = প্রথম
ordinal-2 = দ্বিতীয়
ordinal-3 = তৃতীয়
ordinal-4 = চতুর্থ
ordinal-last = শেষ
schedule-weekly = প্রতি { $days }, { $opens } থেকে { $closes }
schedule-fortnightly = এক সপ্তাহ পর পর { $days }, { $opens } থেকে { $closes }
schedule-every-n-weeks = প্রতি { $weeks } সপ্তাহে একবার, { $days }, { $opens } থেকে { $closes }
schedule-monthly = প্রতি মাসের { $ordinal } { $day }, { $opens } থেকে { $closes }
schedule-once = { $date }, { $opens } থেকে { $closes }
schedule-not-bank-holidays = , ব্যাংক হলিডে ছাড়া
schedule-from = , { $date } থেকে
schedule-until = , { $date } পর্যন্ত
next-today = আজ { $time }
next-tomorrow = আগামীকাল { $time }
next-day = { $day } { $time }
next-date = { $date } { $time }
checked = { $ago } যাচাই করা হয়েছে
ago-today = আজ
ago-days = { $n ->
    [one] { $n } দিন আগে
   *[other] { $n } দিন আগে
}
ago-months = { $n ->
    [one] { $n } মাস আগে
   *[other] { $n } মাস আগে
}
distance-miles = { $miles } মাইল
cost-free = বিনামূল্যে
access-step-free = সিঁড়ি ছাড়াই ঢোকার ব্যবস্থা
access-accessible-toilet = প্রতিবন্ধীবান্ধব টয়লেট
access-hearing-loop = হিয়ারিং লুপ (কানে কম শোনার সহায়ক ব্যবস্থা)
access-parking = পার্কিং
access-quiet-space = নিরিবিলি জায়গা
access-baby-changing = শিশুর ডায়াপার বদলানোর ব্যবস্থা
access-large-print = বড় অক্ষরে লেখা তথ্য
directory-title = স্থানীয় কার্যক্রম ও সহায়তা খুঁজুন
directory-heading = আপনার কাছাকাছি কী হচ্ছে
directory-lede = { $city }-এ কমিউনিটির নানা কার্যক্রম, গ্রুপ ও সহায়তা: লাঞ্চ ক্লাব, হাঁটার দল, ফুড ব্যাংক, সঙ্গ দেওয়ার সেবা (বিফ্রেন্ডিং), পরামর্শ এবং আরও অনেক কিছু।
directory-page-of = { $pages }টি পাতার মধ্যে { $page } নম্বর পাতা
directory-q-label = আপনি কী খুঁজছেন?
directory-q-hint = যেমন: লাঞ্চ ক্লাব, হাঁটা, ESOL (ইংরেজি শেখা) বা ফুড ব্যাংক
directory-postcode-label = পোস্টকোড
directory-postcode-hint = সবচেয়ে কাছেরগুলো আগে দেখতে
directory-within-label = দূরত্ব
directory-within-any = যেকোনো দূরত্ব
directory-within-miles = { $miles } মাইলের মধ্যে
directory-need-label = কী ধরনের সাহায্য
directory-need-any = যেকোনো
directory-need-all = { $need }: সব
directory-ward-label = ওয়ার্ড
directory-ward-any = যেকোনো ওয়ার্ড
directory-age-label = যাঁর জন্য খুঁজছেন, তাঁর বয়স
directory-age-hint = কত বছর
directory-when-legend = কখন
directory-open-now = এখন খোলা
directory-on-day = প্রতি { $day }
directory-cost-legend = খরচ
directory-free-only = শুধু বিনামূল্যের
directory-language-label = যে ভাষায় কথা বলা হয়
directory-language-any = যেকোনো ভাষা
directory-access-legend = প্রবেশগম্যতা
directory-search = খুঁজুন
directory-results-count = { $count ->
    [0] কোনো ফলাফল পাওয়া যায়নি
    [one] { $count }টি ফলাফল
   *[other] { $count }টি ফলাফল
}
directory-view-list = তালিকা
directory-view-map = মানচিত্র
directory-shortlist-link = পছন্দের তালিকা ({ $count })
directory-map-title = এই পাতার ফলাফলগুলোর মানচিত্র
directory-map-you = আপনার পোস্টকোড
directory-temporarily-closed = সাময়িকভাবে বন্ধ
directory-distance = { $distance } দূরে
directory-next = পরের বার: { $when }
directory-also-in = { $languages } ভাষাতেও
directory-shortlist-add = পছন্দের তালিকায় যোগ করুন
directory-shortlist-remove = পছন্দের তালিকা থেকে সরান
directory-no-results = আপনার দেওয়া সব শর্তের সাথে মেলে এমন কিছু পাওয়া যায়নি। কম শব্দ বা কম ফিল্টার দিয়ে, অথবা আরও বেশি দূরত্ব বেছে আবার চেষ্টা করুন।
directory-open-data = এই ডিরেক্টরির তথ্য ওপেন ডেটা, অর্থাৎ সবার ব্যবহারের জন্য উন্মুক্ত (Open Referral UK)।
directory-open-data-link = ডেটা নিন
directory-back = খোঁজার পাতায় ফিরে যান
directory-error-postcode-malformed = B15 2TT-এর মতো একটি পোস্টকোড লিখুন
directory-error-postcode-unknown = এই পোস্টকোডটি আমাদের জানা নেই: দেখে নিয়ে আবার চেষ্টা করুন
directory-error-within-needs-postcode = নির্দিষ্ট দূরত্বের মধ্যে খুঁজতে একটি পোস্টকোড লিখুন
directory-error-within = তালিকা থেকে একটি দূরত্ব বেছে নিন
directory-error-ward = তালিকা থেকে একটি ওয়ার্ড বেছে নিন
directory-error-need = তালিকা থেকে সাহায্যের ধরন বেছে নিন
directory-error-age = বয়স কত বছর তা লিখুন, যেমন 67
directory-error-day = তালিকা থেকে সপ্তাহের দিন বেছে নিন
directory-error-language = তালিকা থেকে একটি ভাষা বেছে নিন
directory-error-access = তালিকা থেকে প্রবেশগম্যতার সুবিধা বেছে নিন
pagination-previous = আগের পাতা
pagination-next = পরের পাতা
warning = সতর্কতা
service-temporarily-closed = এই সেবাটি সাময়িকভাবে বন্ধ আছে।
service-expired-staff = 18 মাস ধরে কেউ এই তথ্য যাচাই করেনি, তাই দায়িত্বপ্রাপ্ত ব্যক্তি নিশ্চিত না করা পর্যন্ত এটি সাধারণ মানুষের কাছ থেকে লুকিয়ে রাখা হয়েছে।
service-assured = { $date } তারিখে মান যাচাই করা হয়েছে
service-who-heading = কাদের জন্য
service-everyone = সবার জন্য
service-ages-between = বয়স { $min } থেকে { $max } বছর
service-ages-from = বয়স { $min } বছর বা তার বেশি
service-ages-up-to = বয়স { $max } বছর পর্যন্ত
service-when-heading = কখন
service-calendar = সেশনগুলো আপনার ক্যালেন্ডারে যোগ করুন
service-no-schedule = কখন হয়, জানতে যোগাযোগ করুন।
service-where-heading = কোথায়
service-in-ward = ওয়ার্ড:
service-access-heading = প্রবেশগম্যতা:
service-access-unknown = যাওয়ার আগে জিজ্ঞেস করে নিন, সেখানে ঢোকা ও চলাফেরা কতটা সহজ।
service-no-location = এই সেবার কোনো নির্দিষ্ট জায়গা নেই: যোগাযোগ করুন।
service-areas = যেসব ওয়ার্ডের মানুষের জন্য:
service-contact-heading = কীভাবে যোগাযোগ করবেন
service-cost-heading = খরচ
service-languages-heading = যেসব ভাষায় কথা বলা হয়
service-languages-unknown = কোন কোন ভাষায় কথা বলা হয়, জিজ্ঞেস করে নিন।
service-terms-heading = সাহায্যের ধরন
service-funded-by = অর্থায়নে: { $funders }
service-see-shortlist = আপনার পছন্দের তালিকা দেখুন
service-run-by = পরিচালনায়
service-history-link = এই তথ্যে কী কী পরিবর্তন হয়েছে, দেখুন
service-open-data = এই তথ্যটি ওপেন ডেটা হিসেবে
nav-manage = ডিরেক্টরিতে আপনার তথ্য
shortlist-email-subject = আপনার কাছাকাছি কী হচ্ছে: { $city }-এ কার্যক্রম ও সহায়তা
shortlist-email-intro = আমরা যেসব কার্যক্রম ও সহায়তার কথা বলেছিলাম, সেগুলো নিচে দেওয়া হলো। প্রতিটির সাথে আরও তথ্যের একটি লিংক আছে।
shortlist-email-link = পুরো তালিকা, শেয়ার বা প্রিন্ট করার জন্য:
nav-cases = কেস
agreements-ward-heading = সেবার মানদণ্ড
agreements-ward-more = { $ward }-এ প্রতিটি মানদণ্ড মাসে মাসে কেমন পূরণ হয়েছে
agreements-none = এখনো কোনো সেবার মানদণ্ড প্রকাশ করা হয়নি।
agreements-latest = { $period }: { $percent }%
agreements-met = পূরণ হয়েছে
agreements-not-met = পূরণ হয়নি
agreements-trend-up = আগের সময়ের চেয়ে ভালো
agreements-trend-down = আগের সময়ের চেয়ে খারাপ
agreements-trend-same = আগের সময়ের মতোই
agreements-too-few = হিসাব দেখানোর মতো যথেষ্ট কেস এখনো নেই।
progress-percent = { $percent }% সম্পন্ন
progress-none = এখনো কোনো কাজ নেই
forums-calendar = এই ফোরামগুলো আপনার ক্যালেন্ডারে যোগ করুন
forums-online-too = আপনি অনলাইনেও যোগ দিতে পারেন।
forums-none-upcoming = এখনো কোনো ফোরামের পরিকল্পনা হয়নি। পরেরটি কবে, তা আপনার এলাকা সমন্বয়কারীর কাছে জেনে নিন।
priorities-link = { $ward }-এর অগ্রাধিকারগুলো
priorities-propose = একটি অগ্রাধিকার প্রস্তাব করুন
priorities-none-adopted = এখনো কোনো অগ্রাধিকার গ্রহণ করা হয়নি।
priorities-action-counts = { $live }টি কাজের মধ্যে { $done }টি সম্পন্ন
priorities-overdue = { $count ->
    [one] { $count }টি কাজের সময় পেরিয়ে গেছে
   *[other] { $count }টি কাজের সময় পেরিয়ে গেছে
}
ward-next-forum = পরের ওয়ার্ড ফোরাম
ward-all-forums = সব ফোরাম
ward-offers = কাছাকাছি কী হচ্ছে
ward-offers-all = { $count ->
    [one] ডিরেক্টরিতে দেখুন
   *[other] ডিরেক্টরিতে সবগুলো ({ $count }টি) দেখুন
}
ward-offers-none = এই ওয়ার্ডে অবস্থিত কোনো কিছু এখনো ডিরেক্টরিতে নেই।
ward-priorities = ওয়ার্ডের অগ্রাধিকারগুলো
ward-more-priorities = আরও { $count }টি অগ্রাধিকার
ward-proposals = { $count ->
    [one] { $count }টি প্রস্তাব সমর্থনের জন্য খোলা আছে
   *[other] { $count }টি প্রস্তাব সমর্থনের জন্য খোলা আছে
}
nav-grants = ছোট অনুদান
nav-panel = অনুদান প্যানেল
nav-volunteering = স্বেচ্ছাসেবা
intelligence-profile-heading = ওয়ার্ডের প্রোফাইল
intelligence-profile-link = { $ward }-এর প্রোফাইল দেখুন: এখানকার মানুষ, দারিদ্র্য ও বঞ্চনার মাত্রা এবং অন্যান্য পরিসংখ্যান

pagination-label = ফলাফলের পৃষ্ঠা
pagination-page = পৃষ্ঠা { $page }
pagination-page-of = পৃষ্ঠা { $page }, মোট { $pages }
