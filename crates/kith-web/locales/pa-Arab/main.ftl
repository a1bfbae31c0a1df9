# Kith — Punjabi in Shahmukhi script (پنجابی), as Punjabi speakers from Pakistan write it. The team's own translation (a draft until a community translator reviews it).

language-name = پنجابی
language-direction = rtl
service-name = کِتھ
skip-to-main-content = سِدھا اصل مواد تے جاؤ
nav-label = مینو
nav-wards = وارڈ
nav-admin = انتظامیہ
nav-sign-in = سائن اِن کرو
nav-sign-out = سائن آؤٹ کرو
language-switch-label = زبان چُنو
demo-tag = نمونہ
demo-banner = ایہہ اک نمونے دا شہر اے۔ لوک، رابطے دیاں تفصیلاں تے اکاؤنٹ فرضی نیں؛ تھاواں اصلی نیں تے کھلے ڈیٹا توں لئیاں گئیاں نیں۔
footer-support-links = مدد والے لنک
footer-accessibility = رسائی بارے بیان
footer-privacy = رازداری (پرائیویسی) نوٹس
footer-data = ڈیٹا کتھوں آیا تے لائسنس
footer-translations = ترجمے
footer-api = کھلے ڈیٹا دی API
footer-kith = Kith اوپن سورس سافٹ ویئر اے، محلیاں وچ رل کے کم کرن لئی۔
attribution-ogl = ایہدے وچ سرکاری شعبے دی معلومات شامل اے، جیہڑی Open Government Licence v3.0 دے تحت ورتی گئی اے۔
attribution-os = ایہدے وچ OS دا ڈیٹا شامل اے: © Crown copyright and database right 2025۔ ایہدے وچ Royal Mail دا ڈیٹا شامل اے: © Royal Mail copyright and database right 2025۔ ایہدے وچ قومی شماریات (National Statistics) دا ڈیٹا شامل اے: © Crown copyright and database right 2025۔

error-summary-title = کوئی مسئلہ اے
error-prefix = غلطی:
error-title-prefix = غلطی:
error-go-home = پہلے صفحے تے جاؤ
error-not-found-title = صفحہ نہیں لبھا
error-not-found-body = جے تسیں ویب ایڈریس آپ لکھیا سی، تے ویکھو کہ اوہ ٹھیک اے۔ جے تسیں ویب ایڈریس پیسٹ کیتا سی، تے ویکھو کہ تسیں پورا ایڈریس کاپی کیتا سی۔
error-forbidden-title = تسیں ایہہ صفحہ نہیں ویکھ سکدے
error-forbidden-body = تہاڈے اکاؤنٹ نوں ایہہ صفحہ ویکھن دی اجازت نہیں۔ جے تہانوں ایہدی لوڑ اے تے کسے ایڈمنسٹریٹر نوں پچھو۔
error-bad-request-title = معاف کرنا، سانوں ایہہ سمجھ نہیں آیا
error-bad-request-body = جو کجھ بھیجیا گیا، اوہدے وچ کوئی گل اوس طرح نہیں سی جیویں اسیں امید کردے ساں۔ پچھے جاؤ تے فیر کوشش کرو۔
error-form-expired-title = فارم دا ویلا مُک گیا اے
error-form-expired-body = تہاڈی حفاظت لئی، فارم صرف اوسے صفحے توں کم کردے نیں جتھے اوہ وکھائے گئے سن۔ پچھے جاؤ، صفحہ دوبارہ لوڈ کرو تے فیر کوشش کرو۔
error-too-many-title = تسیں ایہہ بہت واری بھیج دتا اے
error-too-many-body = سروس نوں ہر اک لئی انصاف والی رکھن لئی، اسیں حد رکھدے آں کہ اک ای چیز کنی واری بھیجی جا سکدی اے۔ دس منٹ انتظار کرو تے فیر کوشش کرو۔ ایس دوران تسیں جو وی بھیجیا، اوہ محفوظ نہیں ہویا۔
error-server-error-title = معاف کرنا، سروس وچ کوئی مسئلہ اے
error-server-error-body = تھوڑی دیر بعد فیر کوشش کرو۔ تسیں جو کجھ لکھیا سی، اوہ ادھا ادھورا محفوظ نہیں ہویا۔

finder-title = اپنا وارڈ لبھو
finder-heading = اپنا وارڈ لبھو
finder-lede = { $city } وچ اپنا وارڈ، اوہدے کونسلر تے علاقے دا کوآرڈینیٹر لبھن لئی پوسٹ کوڈ لکھو۔ علاقے دا کوآرڈینیٹر اوہ بندہ اے جیہدے نال تسیں سِدھا رابطہ کر سکدے او۔
finder-postcode-label = پوسٹ کوڈ
finder-postcode-hint = مثال دے طور تے، B15 2TT
finder-submit = وارڈ لبھو
finder-browse = یا سارے وارڈ ویکھو
finder-error-postcode-missing = پوسٹ کوڈ لکھو
finder-error-postcode-malformed = اصلی پوسٹ کوڈ لکھو، جیویں B15 2TT: پہلے حروف تے نمبر، فیر اک خالی تھاں (سپیس)، فیر اک نمبر تے دو حروف
finder-error-postcode-unknown = سانوں { $postcode } نہیں لبھا۔ پوسٹ کوڈ چیک کرو تے فیر کوشش کرو: ہو سکدا اے ایہہ نواں ہووے، یا ہُن ورتیا نہ جاندا ہووے
finder-error-postcode-outside-known = { $postcode } { $city } وچ نہیں اے۔ ایہہ { $council } وچ اے: اوتھے دیاں سروساں لئی { $council } کونسل نال رابطہ کرو
finder-error-postcode-outside = { $postcode } { $city } وچ نہیں اے۔ اوتھے دیاں سروساں لئی اپنی مقامی کونسل نال رابطہ کرو

wards-title = سارے وارڈ
wards-heading = { $city } دے وارڈ
wards-lede = { $count ->
    [one] کُل { $count } وارڈ اے۔
   *[other] کُل { $count } وارڈ نیں۔
} ہر وارڈ دے لوک اپنے کونسلر چُندے نیں، تے ہر وارڈ دا اک علاقے دا کوآرڈینیٹر ہوندا اے۔
wards-map-heading = وارڈاں دا نقشہ
wards-map-hint = کسے وارڈ دے صفحے تے جان لئی نقشے تے اوہنوں چُنو، یا تھلے وارڈاں دی لسٹ ورتو۔
wards-map-title = { $city } دے وارڈاں دا نقشہ
wards-list-heading = وارڈاں دی لسٹ

ward-title = { $ward } وارڈ
ward-back = سارے وارڈ
ward-caption = { $city } دا وارڈ
ward-contact-heading = تسیں کیہدے نال رابطہ کرو
ward-coordinator-role = علاقے دا کوآرڈینیٹر
ward-no-coordinator = ایس وارڈ دا اجے کوئی علاقے دا کوآرڈینیٹر نہیں۔
ward-councillors-heading = { $count ->
    [one] کونسلر
   *[other] کونسلر
}
ward-no-councillors = سانوں اجے ایس وارڈ دے کونسلراں دا پتہ نہیں۔
ward-neighbourhood-heading = علاقہ
ward-neighbourhood-wards = وارڈ:
ward-no-neighbourhood = ایہہ وارڈ اجے کسے علاقے دا حصہ نہیں۔
ward-map-heading = نقشہ
ward-map-title = { $ward } وارڈ تے اوہدے آلے دوالے دے وارڈاں دا نقشہ
ward-code = وارڈ کوڈ { $code }، { $generation } دیاں حداں۔
ward-boundary-download = وارڈ دی حد ڈاؤن لوڈ کرو (GeoJSON)
contact-email = ای میل
contact-phone = فون

nav-directory = کیہ ہو رہیا اے
day-monday = سوموار
day-tuesday = منگل
day-wednesday = بدھ
day-thursday = جمعرات
day-friday = جمعہ
day-saturday = ہفتہ
day-sunday = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date = { $day } { $month } { $year }
time-am = سویرے { $time } وجے
time-pm = دوپہر بعد { $time } وجے
list-and = { $first } تے { $last }
ordinal-1 = پہلا
ordinal-2 = دوجا
ordinal-3 = تیجا
ordinal-4 = چوتھا
ordinal-last = آخری
schedule-weekly = ہر { $days }، { $opens } توں { $closes } تک
schedule-fortnightly = ہر دوجے { $days }، { $opens } توں { $closes } تک
schedule-every-n-weeks = ہر { $weeks } ہفتیاں بعد { $days }، { $opens } توں { $closes } تک
schedule-monthly = ہر مہینے دا { $ordinal } { $day }، { $opens } توں { $closes } تک
schedule-once = { $date }، { $opens } توں { $closes } تک
schedule-not-bank-holidays = ، بینک ہالیڈے والے دن نہیں
schedule-from = ، { $date } توں
schedule-until = ، { $date } تک
next-today = اج { $time }
next-tomorrow = کل { $time }
next-day = { $day } { $time }
next-date = { $date } { $time }
checked = { $ago } چیک کیتا گیا
ago-today = اج
ago-days = { $n ->
    [one] { $n } دن پہلاں
   *[other] { $n } دن پہلاں
}
ago-months = { $n ->
    [one] { $n } مہینہ پہلاں
   *[other] { $n } مہینے پہلاں
}
distance-miles = { $miles } میل
cost-free = مفت
access-step-free = پوڑیاں توں بغیر اندر جان دا رستہ
access-accessible-toilet = معذوری والے لوکاں لئی ٹوائلٹ
access-hearing-loop = ہیئرنگ لوپ (سُنن وچ مدد)
access-parking = پارکنگ
access-quiet-space = سکون والی تھاں
access-baby-changing = بچے دی نیپی بدلن دی تھاں
access-large-print = وڈے اکھراں وچ معلومات

directory-title = اپنے نیڑے سرگرمیاں تے مدد لبھو
directory-heading = تہاڈے نیڑے کیہ ہو رہیا اے
directory-lede = { $city } وچ کمیونٹی دیاں سرگرمیاں، گروپ تے مدد: لنچ کلب، سیر کرن والے گروپ، فوڈ بینک، اکلے لوکاں نال دوستی تے ساتھ، صلاح مشورہ تے ہور بہت کجھ۔
directory-page-of = { $pages } وچوں صفحہ { $page }
directory-q-label = تسیں کیہ لبھ رہے او؟
directory-q-hint = مثال دے طور تے، لنچ کلب، سیر، ESOL یا فوڈ بینک
directory-postcode-label = پوسٹ کوڈ
directory-postcode-hint = سب توں نیڑے والیاں چیزاں پہلاں ویکھن لئی
directory-within-label = فاصلہ
directory-within-any = کوئی وی فاصلہ
directory-within-miles = { $miles } میل دے اندر
directory-need-label = مدد دی قسم
directory-need-any = کوئی وی
directory-need-all = { $need }: سب کجھ
directory-ward-label = وارڈ
directory-ward-any = کوئی وی وارڈ
directory-age-label = اوس بندے دی عمر
directory-age-hint = سالاں وچ
directory-when-legend = کدوں
directory-open-now = ہُنے کھلا اے
directory-on-day = { $day } نوں
directory-cost-legend = خرچہ
directory-free-only = صرف مفت
directory-language-label = کیہڑی زبان بولی جاندی اے
directory-language-any = کوئی وی زبان
directory-access-legend = رسائی
directory-search = لبھو
directory-results-count = { $count ->
    [0] کوئی نتیجہ نہیں
    [one] { $count } نتیجہ
   *[other] { $count } نتیجے
}
directory-view-list = لسٹ
directory-view-map = نقشہ
directory-shortlist-link = تہاڈی لسٹ ({ $count })
directory-map-title = ایس صفحے دے نتیجیاں دا نقشہ
directory-map-you = تہاڈا پوسٹ کوڈ
directory-temporarily-closed = کجھ چر لئی بند
directory-distance = { $distance } دور
directory-next = اگلی واری: { $when }
directory-also-in = { $languages } وچ وی
directory-shortlist-add = اپنی لسٹ وچ پاؤ
directory-shortlist-remove = اپنی لسٹ وچوں کڈھو
directory-no-results = ایہناں ساریاں گلاں نال کجھ وی نہیں ملدا۔ گھٹ لفظ یا گھٹ فلٹر ورتو، یا ودھ فاصلہ چُنو۔
directory-open-data = ایہہ ڈائریکٹری کھلا ڈیٹا اے (Open Referral UK)۔
directory-open-data-link = ڈیٹا لوو
directory-back = تلاش تے واپس جاؤ
directory-error-postcode-malformed = B15 2TT ورگا پوسٹ کوڈ لکھو
directory-error-postcode-unknown = سانوں ایس پوسٹ کوڈ دا پتہ نہیں: ایہنوں چیک کرو تے فیر کوشش کرو
directory-error-within-needs-postcode = کسے فاصلے دے اندر لبھن لئی پوسٹ کوڈ لکھو
directory-error-within = لسٹ وچوں فاصلہ چُنو
directory-error-ward = لسٹ وچوں وارڈ چُنو
directory-error-need = لسٹ وچوں مدد دی قسم چُنو
directory-error-age = عمر سالاں وچ لکھو، جیویں 67
directory-error-day = لسٹ وچوں ہفتے دے دن چُنو
directory-error-language = لسٹ وچوں زبان چُنو
directory-error-access = لسٹ وچوں رسائی دیاں سہولتاں چُنو
pagination-previous = پچھلا
pagination-next = اگلا
warning = دھیان دیو

service-temporarily-closed = ایہہ سروس کجھ چر لئی بند اے۔
service-expired-staff = 18 مہینیاں توں کسے نے ایہہ ریکارڈ چیک نہیں کیتا، ایس لئی ایہہ عام لوکاں توں لُکیا رہوے گا جدوں تک ایہدا مالک ایہدی تصدیق نہیں کردا۔
service-assured = { $date } نوں معیار دی جانچ ہوئی
service-who-heading = ایہہ کیہدے لئی اے
service-everyone = ہر کوئی
service-ages-between = عمر { $min } توں { $max } سال
service-ages-from = { $min } سال تے اوس توں ودھ عمر
service-ages-up-to = { $max } سال تک دی عمر
service-when-heading = کدوں
service-calendar = سیشن اپنے کیلنڈر وچ پاؤ
service-no-schedule = ایہہ کدوں ہوندا اے، پتہ کرن لئی رابطہ کرو۔
service-where-heading = کتھے
service-in-ward = وارڈ:
service-access-heading = رسائی:
service-access-unknown = جان توں پہلاں رسائی بارے پچھ لوو۔
service-no-location = ایس سروس دی کوئی پکی تھاں نہیں: رابطہ کرو۔
service-areas = ایہناں وارڈاں دے لوکاں لئی:
service-contact-heading = رابطہ کیویں کرنا اے
service-cost-heading = خرچہ
service-languages-heading = کیہڑیاں زباناں بولیاں جاندیاں نیں
service-languages-unknown = پچھ لوو کہ کیہڑیاں زباناں بولیاں جاندیاں نیں۔
service-terms-heading = مدد دیاں قسماں
service-funded-by = { $funders } دی مالی مدد نال
service-see-shortlist = اپنی لسٹ ویکھو
service-run-by = کون چلاندا اے
service-history-link = ایس ریکارڈ وچ ہوئیاں تبدیلیاں ویکھو
service-open-data = ایہہ ریکارڈ کھلے ڈیٹا دے طور تے
nav-manage = ڈائریکٹری وچ تہاڈے اندراج
shortlist-email-subject = تہاڈے نیڑے کیہ ہو رہیا اے: { $city } وچ سرگرمیاں تے مدد
shortlist-email-intro = ایہہ اوہ سرگرمیاں تے مدد نیں جیہناں بارے اسیں گل کیتی سی۔ ہر اک دے نال ہور تفصیل لئی اک لنک اے۔
shortlist-email-link = ساری لسٹ، کسے نال شیئر کرن یا پرنٹ کرن لئی:
nav-cases = کیس

agreements-ward-heading = سروس دے معیار
agreements-ward-more = { $ward } وچ ہر معیار مہینہ وار کیویں رہیا
agreements-none = اجے کوئی سروس دے معیار شائع نہیں ہوئے۔
agreements-latest = { $period } وچ { $percent }%
agreements-met = پورا ہویا
agreements-not-met = پورا نہیں ہویا
agreements-trend-up = پچھلے عرصے توں چنگا
agreements-trend-down = پچھلے عرصے توں ماڑا
agreements-trend-same = پچھلے عرصے ورگا ای
agreements-too-few = اجے کیس اینے گھٹ نیں کہ کوئی انکڑا نہیں وکھایا جا سکدا۔
progress-percent = { $percent }% ہو گیا
progress-none = اجے کوئی کم نہیں
forums-calendar = ایہہ فورم اپنے کیلنڈر وچ پاؤ
forums-online-too = تسیں آن لائن وی شامل ہو سکدے او۔
forums-none-upcoming = اجے کوئی فورم طے نہیں ہویا۔ اپنے علاقے دے کوآرڈینیٹر توں پچھو کہ اگلا کدوں اے۔
priorities-link = { $ward } دیاں ترجیحاں
priorities-propose = ترجیح دی تجویز دیو
priorities-none-adopted = اجے کوئی ترجیح منظور نہیں ہوئی۔
priorities-action-counts = { $live } کماں وچوں { $done } ہو گئے
priorities-overdue = { $count ->
    [one] { $count } کم لیٹ ہو گیا اے
   *[other] { $count } کم لیٹ ہو گئے نیں
}
ward-next-forum = اگلا وارڈ فورم
ward-all-forums = سارے فورم
ward-offers = نیڑے کیہ ہو رہیا اے
ward-offers-all = { $count ->
    [one] ڈائریکٹری وچ ویکھو
   *[other] ڈائریکٹری وچ سارے { $count } ویکھو
}
ward-offers-none = ڈائریکٹری وچ اجے ایس وارڈ دا کجھ وی نہیں۔
ward-priorities = وارڈ دیاں ترجیحاں
ward-more-priorities = { $count } ہور ترجیحاں
ward-proposals = { $count ->
    [one] { $count } تجویز حمایت لئی کھلی اے
   *[other] { $count } تجویزاں حمایت لئی کھلیاں نیں
}
nav-grants = چھوٹیاں گرانٹاں
nav-panel = گرانٹ پینل
nav-volunteering = رضاکاری
intelligence-profile-heading = وارڈ دی پروفائل
intelligence-profile-link = { $ward } دی پروفائل ویکھو: اوتھے دے لوک، غربت تے محرومی، تے ہور انکڑے

pagination-label = نتیجیاں دے صفحے
pagination-page = صفحہ { $page }
pagination-page-of = صفحہ { $page }، کل { $pages }
