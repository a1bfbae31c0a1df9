# Kith — Modern Standard Arabic (العربية). The team's own translation (a draft until a community translator reviews it).

language-name = العربية
language-direction = rtl
service-name = كِث
skip-to-main-content = انتقل إلى المحتوى الرئيسي
nav-label = القائمة
nav-wards = الدوائر
nav-admin = الإدارة
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
language-switch-label = اختر اللغة
demo-tag = تجريبي
demo-banner = هذه مدينة تجريبية. الأشخاص وبيانات الاتصال والحسابات ليست حقيقية، أما الأماكن فهي حقيقية ومأخوذة من بيانات مفتوحة.
footer-support-links = روابط المساعدة
footer-accessibility = بيان إمكانية الوصول
footer-privacy = إشعار الخصوصية
footer-data = مصادر البيانات والتراخيص
footer-translations = الترجمات
footer-api = واجهة API للبيانات المفتوحة
footer-kith = Kith برنامج مفتوح المصدر للعمل المجتمعي في الأحياء.
attribution-ogl = يحتوي على معلومات من القطاع العام مرخّصة بموجب Open Government Licence v3.0.
attribution-os = يحتوي على بيانات OS © حقوق التاج للنشر وقاعدة البيانات 2025. يحتوي على بيانات Royal Mail © حقوق Royal Mail للنشر وقاعدة البيانات 2025. يحتوي على بيانات الإحصاءات الوطنية © حقوق التاج للنشر وقاعدة البيانات 2025.
error-summary-title = هناك مشكلة
error-prefix = خطأ:
error-title-prefix = خطأ:
error-go-home = انتقل إلى صفحة البداية
error-not-found-title = الصفحة غير موجودة
error-not-found-body = إذا كتبت عنوان الصفحة بنفسك، فتأكد من أنه صحيح. وإذا نسخته ولصقته، فتأكد من أنك نسخت العنوان كاملًا.
error-forbidden-title = لا يمكنك رؤية هذه الصفحة
error-forbidden-body = ليس لحسابك إذن برؤية هذه الصفحة. إذا كنت تحتاج إليها، فاطلب ذلك من أحد المسؤولين.
error-bad-request-title = عذرًا، لم نتمكن من فهم ذلك
error-bad-request-body = وصلنا جزء من الطلب بشكل لم نكن نتوقعه. ارجع وحاول مرة أخرى.
error-form-expired-title = انتهت صلاحية النموذج
error-form-expired-body = حفاظًا على أمانك، لا تعمل النماذج إلا من الصفحة التي ظهرت فيها. ارجع، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
error-too-many-title = أرسلت هذا مرات كثيرة جدًا
error-too-many-body = لكي تبقى الخدمة عادلة للجميع، نحدّ من عدد مرات إرسال الشيء نفسه. انتظر عشر دقائق ثم حاول مرة أخرى. لم يُحفظ أي شيء أرسلته خلال هذه المدة.
error-server-error-title = عذرًا، هناك مشكلة في الخدمة
error-server-error-body = حاول مرة أخرى لاحقًا. لم يُحفظ أي شيء مما أدخلته بشكل ناقص.
finder-title = اعرف دائرتك
finder-heading = اعرف دائرتك
finder-lede = أدخل رمزًا بريديًا لتعرف الدائرة، وأعضاء المجلس الذين يمثلونها، ومنسّق الحي الذي يمكنك التواصل معه في { $city }.
finder-postcode-label = الرمز البريدي (postcode)
finder-postcode-hint = مثلًا: B15 2TT
finder-submit = ابحث عن الدائرة
finder-browse = أو تصفّح كل الدوائر
finder-error-postcode-missing = أدخل الرمز البريدي
finder-error-postcode-malformed = أدخل رمزًا بريديًا صحيحًا مثل B15 2TT: حروف وأرقام، ثم مسافة، ثم رقم وحرفان
finder-error-postcode-unknown = لم نجد الرمز البريدي { $postcode }. تحقّق منه وحاول مرة أخرى: ربما يكون جديدًا أو لم يعد مستخدمًا
finder-error-postcode-outside-known = الرمز البريدي { $postcode } ليس في { $city }، بل في { $council }: تواصل مع مجلس { $council } للحصول على الخدمات هناك
finder-error-postcode-outside = الرمز البريدي { $postcode } ليس في { $city }. تواصل مع مجلسك المحلي للحصول على الخدمات هناك
wards-title = كل الدوائر
wards-heading = الدوائر في { $city }
wards-lede = { $count ->
    [zero] لا توجد أي دائرة.
    [one] توجد دائرة واحدة.
    [two] توجد دائرتان.
    [few] توجد { $count } دوائر.
    [many] توجد { $count } دائرة.
   *[other] توجد { $count } دائرة.
} لكل دائرة أعضاء تنتخبهم في المجلس، ولها منسّق حي.
wards-map-heading = خريطة الدوائر
wards-map-hint = اختر دائرة على الخريطة للانتقال إلى صفحتها، أو استخدم قائمة الدوائر أدناه.
wards-map-title = خريطة دوائر { $city }
wards-list-heading = قائمة الدوائر
ward-title = دائرة { $ward }
ward-back = كل الدوائر
ward-caption = دائرة في { $city }
ward-contact-heading = الشخص الذي تتواصل معه
ward-coordinator-role = منسّق الحي
ward-no-coordinator = لا يوجد منسّق حي لهذه الدائرة حتى الآن.
ward-councillors-heading = { $count ->
    [one] عضو المجلس
    [two] عضوا المجلس
   *[other] أعضاء المجلس
}
ward-no-councillors = ليست لدينا بعد أسماء أعضاء المجلس عن هذه الدائرة.
ward-neighbourhood-heading = الحي
ward-neighbourhood-wards = الدوائر:
ward-no-neighbourhood = هذه الدائرة ليست جزءًا من أي حي حتى الآن.
ward-map-heading = الخريطة
ward-map-title = خريطة دائرة { $ward } والدوائر المحيطة بها
ward-code = رمز الدائرة { $code }، حسب حدود { $generation }.
ward-boundary-download = تنزيل حدود الدائرة (GeoJSON)
contact-email = البريد الإلكتروني
contact-phone = الهاتف
nav-directory = الأنشطة والدعم
day-monday = الاثنين
day-tuesday = الثلاثاء
day-wednesday = الأربعاء
day-thursday = الخميس
day-friday = الجمعة
day-saturday = السبت
day-sunday = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date = { $day } { $month } { $year }
time-am = { $time } ص
time-pm = { $time } م
list-and = { $first } و{ $last }
ordinal-1 = الأول
ordinal-2 = الثاني
ordinal-3 = الثالث
ordinal-4 = الرابع
ordinal-last = الأخير
schedule-weekly = كل أسبوع يوم { $days }، من { $opens } إلى { $closes }
schedule-fortnightly = كل أسبوعين يوم { $days }، من { $opens } إلى { $closes }
schedule-every-n-weeks = { $weeks ->
    [many] كل { $weeks } أسبوعًا
   *[few] كل { $weeks } أسابيع
} يوم { $days }، من { $opens } إلى { $closes }
schedule-monthly = يوم { $day } { $ordinal } من كل شهر، من { $opens } إلى { $closes }
schedule-once = { $date }، من { $opens } إلى { $closes }
schedule-not-bank-holidays = ، ما عدا أيام العطل الرسمية
schedule-from = ، ابتداءً من { $date }
schedule-until = ، حتى { $date }
next-today = اليوم الساعة { $time }
next-tomorrow = غدًا الساعة { $time }
next-day = { $day } الساعة { $time }
next-date = { $date } الساعة { $time }
checked = تمت المراجعة { $ago }
ago-today = اليوم
ago-days = { $n ->
    [zero] اليوم
    [one] منذ يوم واحد
    [two] منذ يومين
    [few] منذ { $n } أيام
    [many] منذ { $n } يومًا
   *[other] منذ { $n } يوم
}
ago-months = { $n ->
    [zero] هذا الشهر
    [one] منذ شهر واحد
    [two] منذ شهرين
    [few] منذ { $n } أشهر
    [many] منذ { $n } شهرًا
   *[other] منذ { $n } شهر
}
distance-miles = { $miles } ميل
cost-free = مجاني
access-step-free = دخول بدون درجات
access-accessible-toilet = مرحاض مهيّأ لذوي الإعاقة
access-hearing-loop = حلقة سمعية لضعاف السمع
access-parking = موقف سيارات
access-quiet-space = مكان هادئ
access-baby-changing = مكان لتغيير حفاضات الأطفال
access-large-print = معلومات بخط كبير
directory-title = ابحث عن أنشطة ودعم في منطقتك
directory-heading = الأنشطة والدعم بالقرب منك
directory-lede = أنشطة ومجموعات ودعم للمجتمع في { $city }: نوادي الغداء، ومجموعات المشي، وبنوك الطعام، والزيارات والصحبة لمن يعيشون وحدهم، والنصيحة والإرشاد، وغير ذلك الكثير.
directory-page-of = الصفحة { $page } من { $pages }
directory-q-label = عمّ تبحث؟
directory-q-hint = مثلًا: نادي غداء، مشي، دروس اللغة الإنجليزية (ESOL) أو بنك طعام
directory-postcode-label = الرمز البريدي
directory-postcode-hint = لترى الأقرب إليك أولًا
directory-within-label = المسافة
directory-within-any = أي مسافة
directory-within-miles = في حدود { $miles } ميل
directory-need-label = نوع المساعدة
directory-need-any = أي نوع
directory-need-all = كل ما يندرج تحت { $need }
directory-ward-label = الدائرة
directory-ward-any = أي دائرة
directory-age-label = عمر الشخص
directory-age-hint = بالسنوات
directory-when-legend = متى
directory-open-now = مفتوح الآن
directory-on-day = أيام { $day }
directory-cost-legend = التكلفة
directory-free-only = المجاني فقط
directory-language-label = اللغة التي يتحدثونها
directory-language-any = أي لغة
directory-access-legend = إمكانية الوصول
directory-search = ابحث
directory-results-count = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
directory-view-list = قائمة
directory-view-map = خريطة
directory-shortlist-link = قائمتك المختارة ({ $count })
directory-map-title = خريطة نتائج هذه الصفحة
directory-map-you = رمزك البريدي
directory-temporarily-closed = مغلق مؤقتًا
directory-distance = على بُعد { $distance }
directory-next = الموعد القادم: { $when }
directory-also-in = لغات أخرى: { $languages }
directory-shortlist-add = أضف إلى قائمتك المختارة
directory-shortlist-remove = احذف من قائمتك المختارة
directory-no-results = لا يوجد ما يطابق كل هذه الشروط. جرّب كلمات أو عوامل تصفية أقل، أو مسافة أبعد.
directory-open-data = هذا الدليل بيانات مفتوحة (Open Referral UK).
directory-open-data-link = احصل على البيانات
directory-back = العودة إلى البحث
directory-error-postcode-malformed = أدخل رمزًا بريديًا مثل B15 2TT
directory-error-postcode-unknown = لا نعرف هذا الرمز البريدي: تحقّق منه وحاول مرة أخرى
directory-error-within-needs-postcode = أدخل رمزًا بريديًا للبحث ضمن مسافة معيّنة
directory-error-within = اختر مسافة من القائمة
directory-error-ward = اختر دائرة من القائمة
directory-error-need = اختر نوع المساعدة من القائمة
directory-error-age = أدخل العمر بالسنوات، مثل 67
directory-error-day = اختر أيام الأسبوع من القائمة
directory-error-language = اختر لغة من القائمة
directory-error-access = اختر ميزات إمكانية الوصول من القائمة
pagination-previous = السابق
pagination-next = التالي
warning = تحذير
service-temporarily-closed = هذه الخدمة مغلقة مؤقتًا.
service-expired-staff = لم يراجع أحد هذا السجل منذ 18 شهرًا، لذلك هو مخفي عن الجمهور إلى أن يؤكده صاحبه.
service-assured = تم التحقق من جودتها في { $date }
service-who-heading = لمن هذه الخدمة
service-everyone = للجميع
service-ages-between = الأعمار من { $min } إلى { $max }
service-ages-from = من عمر { $min } فما فوق
service-ages-up-to = حتى عمر { $max }
service-when-heading = متى
service-calendar = أضف المواعيد إلى تقويمك
service-no-schedule = تواصل معهم لتعرف المواعيد.
service-where-heading = أين
service-in-ward = في دائرة
service-access-heading = إمكانية الوصول:
service-access-unknown = اسأل عن إمكانية الوصول قبل أن تذهب.
service-no-location = ليس لهذه الخدمة مكان ثابت: تواصل معهم.
service-areas = تخدم السكان في
service-contact-heading = كيف تتواصل معهم
service-cost-heading = التكلفة
service-languages-heading = اللغات التي يتحدثونها
service-languages-unknown = اسأل عن اللغات التي يتحدثونها.
service-terms-heading = أنواع المساعدة
service-funded-by = بتمويل من { $funders }
service-see-shortlist = اعرض قائمتك المختارة
service-run-by = الجهة التي تديرها
service-history-link = اعرض سجل التغييرات على هذه المعلومات
service-open-data = هذه المعلومات كبيانات مفتوحة
nav-manage = إدخالاتك في الدليل
shortlist-email-subject = الأنشطة والدعم بالقرب منك في { $city }
shortlist-email-intro = إليك الأنشطة وخدمات الدعم التي تحدثنا عنها. لكل منها رابط فيه مزيد من التفاصيل.
shortlist-email-link = القائمة كاملة، لمشاركتها أو طباعتها:
nav-cases = الحالات
agreements-ward-heading = معايير الخدمة
agreements-ward-more = أداء كل معيار في { $ward }، شهرًا بشهر
agreements-none = لم يُنشر أي معيار للخدمة بعد.
agreements-latest = { $percent }% في { $period }
agreements-met = تحقّق
agreements-not-met = لم يتحقّق
agreements-trend-up = أفضل من الفترة السابقة
agreements-trend-down = أسوأ من الفترة السابقة
agreements-trend-same = مثل الفترة السابقة
agreements-too-few = عدد الحالات ما زال قليلًا جدًا لعرض رقم.
progress-percent = أُنجز { $percent }%
progress-none = لا توجد إجراءات بعد
forums-calendar = أضف هذه الاجتماعات إلى تقويمك
forums-online-too = يمكنك أيضًا الحضور عبر الإنترنت.
forums-none-upcoming = لم يُحدَّد موعد أي اجتماع بعد. اسأل منسّق الحي عن موعد الاجتماع القادم.
priorities-link = أولويات { $ward }
priorities-propose = اقترح أولوية
priorities-none-adopted = لم تُعتمد أي أولويات بعد.
priorities-action-counts = الإجراءات المنجزة: { $done } من { $live }
priorities-overdue = { $count ->
    [zero] لا توجد إجراءات متأخرة
    [one] إجراء واحد متأخر
    [two] إجراءان متأخران
    [few] { $count } إجراءات متأخرة
    [many] { $count } إجراءً متأخرًا
   *[other] { $count } إجراء متأخر
}
ward-next-forum = اجتماع الدائرة القادم
ward-all-forums = كل الاجتماعات
ward-offers = الأنشطة القريبة
ward-offers-all = { $count ->
    [one] اعرضه في الدليل
    [two] اعرض الاثنين في الدليل
   *[other] اعرضها كلها في الدليل ({ $count })
}
ward-offers-none = لا يوجد في الدليل بعد أي نشاط مقرّه في هذه الدائرة.
ward-priorities = أولويات الدائرة
ward-follow-heading = تابع هذه الدائرة
ward-follow-intro = تابع أخبار الدائرة في قارئ الخلاصات أو في تقويمك، دون الحاجة إلى حساب.
ward-follow-priorities = أولويات الدائرة وقرارات اجتماعها (خلاصة Atom)
ward-follow-directory = التغييرات في الخدمات المحلية في الدليل (خلاصة Atom)
ward-more-priorities = { $count ->
    [one] أولوية أخرى
    [two] أولويتان أخريان
    [few] { $count } أولويات أخرى
    [many] { $count } أولوية أخرى
   *[other] { $count } أولوية أخرى
}
ward-proposals = { $count ->
    [zero] لا توجد اقتراحات مفتوحة للتأييد
    [one] اقتراح واحد مفتوح للتأييد
    [two] اقتراحان مفتوحان للتأييد
    [few] { $count } اقتراحات مفتوحة للتأييد
    [many] { $count } اقتراحًا مفتوحًا للتأييد
   *[other] { $count } اقتراح مفتوح للتأييد
}
nav-grants = منح صغيرة
nav-panel = لجنة المنح
nav-volunteering = التطوع
intelligence-profile-heading = لمحة عن الدائرة
intelligence-profile-link = اطّلع على لمحة عن { $ward }: سكانها، ومستوى الحرمان فيها، وأرقام أخرى

pagination-label = صفحات النتائج
pagination-page = الصفحة { $page }
pagination-page-of = الصفحة { $page } من { $pages }

# Shortlist, forums and priorities, service standards, grants and help
shortlist-title = قائمتك المختارة
shortlist-heading = الأنشطة والدعم بالقرب منك
shortlist-printed = طُبعت في { $date }. دليل المجتمع في { $city }.
shortlist-lede = الخدمات التي اخترتها، جاهزة للطباعة أو المشاركة.
shortlist-share = شارك هذه القائمة بهذا الرابط (يعمل بدون حساب):
shortlist-print-hint = لطباعتها، استخدم خيار الطباعة في متصفحك: تُطبع الصفحة بدون قوائم التنقل.
shortlist-empty = قائمتك المختارة فارغة. أضف إليها خدمات من نتائج البحث أو من صفحة أي خدمة.
shortlist-find = ابحث عن أنشطة ودعم
saved-published-title = نُشر التغيير
saved-review-title = أُرسل للمراجعة
saved-published-body = التغيير موجود في الدليل الآن.
saved-review-body = سيراجعه مسؤول الشبكة في المنطقة، عادةً خلال بضعة أيام. وحتى ذلك الحين يعرض الدليل ما كان يعرضه من قبل. وسترى هنا إذا أعادوه إليك.
saved-back = العودة إلى إدخالاتك في الدليل
saved-see = اعرضه في الدليل
shortlist-email-to = أرسل هذه القائمة بالبريد الإلكتروني
shortlist-email-hint = أرسلها إلى الساكن، أو إلى نفسك لتطبعها لاحقًا. لا ترسلها إلا بموافقة الشخص.
shortlist-email-send = أرسل القائمة
shortlist-sent-title = تم الإرسال
shortlist-sent = القائمة في طريقها الآن.
case-choose = اختر
agreements-title = معايير الخدمة
agreements-ward-title = معايير الخدمة في { $ward }
agreements-back-to-ward = العودة إلى { $ward }
agreements-lede = ما يَعِد به المجلس وشركاؤه، وكيف كان أداؤهم، محسوبًا من الحالات المسجّلة هنا. لا نعرض الأرقام إذا كانت الحالات أقل من 5.
agreements-target = الهدف: { $target }%
agreements-city-wide = على مستوى المدينة
agreements-this-ward = معيار خاص بهذه الدائرة
agreements-team = الجهة المسؤولة: { $team }
agreements-by-period = حسب الفترة
agreements-col-period = الفترة
agreements-col-cases = الحالات
agreements-col-percent = ضمن الهدف
agreements-col-met = المعيار
agreements-fewer-than-5 = أقل من 5 حالات
agreements-all = كل معايير الخدمة
agreements-index-lede = المعايير التي ينشرها المجلس وشركاؤه، للمدينة كلها أو لدائرة واحدة. وتعرض صفحة كل دائرة كيف كان الأداء فيها.
agreements-period-month = شهريًا
agreements-period-quarter = كل ثلاثة أشهر
agreements-by-ward = حسب الدائرة
agreements-open-data = بيانات مفتوحة
agreements-open-data-lede = أرقام كل معيار لكل دائرة ولكل فترة، مع إخفاء الأعداد الصغيرة، وبدون أي معلومات عن أي شخص.
agreements-download-csv = تنزيل بصيغة CSV
agreements-download-json = تنزيل بصيغة JSON
forums-ward-title = اجتماعات دائرة { $ward }
forums-heading = اجتماعات الدائرة
forums-lede = اجتماعات الدائرة لقاءات عامة مفتوحة، يتفق فيها السكان وأعضاء المجلس والخدمات المحلية على أهم ما تحتاجه الدائرة، ويتابعون سير العمل. يمكن لأي شخص أن يحضر.
forums-back = اجتماعات دائرة { $ward }
forums-back-to-ward = { $ward }
forums-city-calendar = أضف اجتماعات كل الدوائر إلى تقويمك
forums-city-title = اجتماعات الدوائر في كل أنحاء المدينة
forums-schedule = حدّد موعد اجتماع
forums-edit = غيّر تفاصيل الاجتماع
forums-upcoming = الاجتماعات القادمة
forums-past = الاجتماعات السابقة
forums-cancelled = أُلغي
forums-was-cancelled = أُلغي هذا الاجتماع.
forums-to = إلى
forums-online = عبر الإنترنت
forums-join-online = احضر الاجتماع عبر الإنترنت
forums-none-past = لم يُعقد أي اجتماع بعد.
forums-has-minutes = نُشر المحضر
forums-col-when = متى
forums-col-ward = الدائرة
forums-col-where = أين
forums-whats-on-near = أنشطة أخرى بالقرب من هنا
forums-attendance = الحضور
forums-attendance-hint = كم شخصًا حضر، إذا كنت قد عددتهم.
forums-attended = { $count ->
    [zero] لم يحضر أحد
    [one] حضر شخص واحد
    [two] حضر شخصان
    [few] حضر { $count } أشخاص
    [many] حضر { $count } شخصًا
   *[other] حضر { $count } شخص
}
forums-agenda = جدول الأعمال
forums-no-agenda = لم يُنشر جدول الأعمال بعد.
forums-minutes = المحضر
forums-minutes-hint = ما نوقش وما اتُّفق عليه. لا تذكر البيانات الشخصية لأي أحد.
forums-minutes-after = يُنشر المحضر بعد الاجتماع.
forums-no-minutes = لم يُنشر المحضر بعد.
forums-decided = الأولويات التي تقرّرت في هذا الاجتماع
forums-adopted = اعتُمدت
forums-declined = لم تُعتمد
forums-record = سجّل وقائع الاجتماع
forums-cancel-legend = هل سيُعقد الاجتماع؟
forums-going-ahead = نعم، سيُعقد
forums-save-minutes = احفظ
forums-open-proposals = اقتراحات تنتظر قرارًا
forums-open-proposals-hint = افتح الاقتراح لتسجّل هل اعتمده هذا الاجتماع أم لا.
priorities-title = أولويات { $ward }
priorities-heading = أولويات الدائرة
priorities-lede = يقترح السكان أهم ما تحتاجه الدائرة، ويؤيد بعضهم اقتراحات بعض. ويعتمد اجتماع الدائرة الأولويات، ثم يتولى الشركاء المحليون إجراءات لتنفيذها.
priorities-propose-title = اقترح أولوية لدائرة { $ward }
priorities-propose-lede = أخبرنا بما تريد أن يعمل عليه اجتماع الدائرة. لا تحتاج إلى حساب. لا يرى اسمك وبريدك الإلكتروني إلا المنسّق، ولا يُنشران أبدًا.
priorities-back = أولويات { $ward }
priorities-add-adopted = سجّل أولوية اعتُمدت في اجتماع
priorities-held = { $count ->
    [zero] لا توجد اقتراحات تنتظر المراجعة
    [one] اقتراح واحد ينتظر المراجعة
    [two] اقتراحان ينتظران المراجعة
    [few] { $count } اقتراحات تنتظر المراجعة
    [many] { $count } اقتراحًا ينتظر المراجعة
   *[other] { $count } اقتراح ينتظر المراجعة
}
priorities-adopted = الأولويات المعتمدة
priorities-adopted-on = اعتُمدت في { $date }
priorities-proposed = اقتراحات السكان
priorities-proposed-hint = أيّد الاقتراحات التي توافق عليها: ينظر الاجتماع أولًا في الاقتراحات الأكثر تأييدًا.
priorities-none-proposed = لا توجد اقتراحات مفتوحة. اقترح أنت أولوية.
priorities-declined = لم تُعتمد
priorities-supporters = { $count ->
    [zero] لا يوجد مؤيدون
    [one] مؤيد واحد
    [two] مؤيدان
    [few] { $count } مؤيدين
    [many] { $count } مؤيدًا
   *[other] { $count } مؤيد
}
priorities-field-title = ما الذي يجب أن يكون أولوية؟
priorities-field-title-hint = مثلًا: "معبر أكثر أمانًا للمشاة أمام المدرسة الابتدائية"
priorities-field-description = لماذا هذا مهم (اختياري)
priorities-field-description-hint = لا تذكر البيانات الشخصية لأي أحد.
priorities-field-name = اسمك الأول (اختياري)
priorities-field-name-hint = لا يراه إلا المنسّق.
priorities-field-email = عنوان بريدك الإلكتروني (اختياري)
priorities-field-email-hint = لكي نخبرك بما يقرّره الاجتماع. لا نستخدمه لأي شيء آخر.
priorities-field-website = اترك هذا الحقل فارغًا
priorities-send = أرسل اقتراحك
priorities-proposed-title = شكرًا على اقتراحك
priorities-proposed-held = سيراجعه أحد المنسّقين قبل أن يظهر على صفحة الدائرة، عادةً خلال بضعة أيام.
priorities-proposed-public = اقتراحك الآن على صفحة الدائرة، حيث يمكن للسكان الآخرين أن يؤيدوه.
priorities-see-yours = اعرض اقتراحك
priority-state-held = تنتظر المراجعة
priority-state-proposed = مقترَحة
priority-state-adopted = معتمدة
priority-state-declined = لم تُعتمد
priority-state-removed = حُذفت
priority-adopted-at = في
priority-progress = التقدّم
priority-actions = الإجراءات
priority-no-actions = لم يُتفق على أي إجراءات بعد.
priority-timeline = ما حدث حتى الآن
priority-no-timeline = لم يحدث شيء بعد.
priority-decide = سجّل قرارًا
priority-decision = ما الذي تقرّر؟
priority-decided-at = في أي اجتماع؟
priority-decision-note = ملاحظة
priority-decision-note-hint = مطلوبة إذا لم تُعتمد الأولوية أو حُذفت: سنخبر صاحب الاقتراح بالسبب.
priority-record-decision = سجّل القرار
decision-adopt = اعتمدها الاجتماع
decision-decline = لم يعتمدها الاجتماع
decision-remove = احذفها (رسائل مزعجة أو إساءة أو بيانات شخصية)
support-heading = أيّد هذه الأولوية
support-field-email = عنوان بريدك الإلكتروني
support-field-email-hint = سنرسل إليك رابطًا للتأكيد. نحسب تأييدًا واحدًا لكل عنوان بريد إلكتروني، ولا نحتفظ بالعنوان.
support-send = أيّد هذه الأولوية
support-sent-title = تحقّق من بريدك الإلكتروني
support-sent = أرسلنا إليك رابطًا. افتحه لتضيف تأييدك.
support-ready-title = أكّد تأييدك
support-ready = هل تريد إضافة تأييدك إلى "{ $title }"؟ نحسب تأييدًا واحدًا لكل عنوان بريد إلكتروني.
support-ready-button = أضف تأييدي
support-already-title = لقد أيّدت هذه الأولوية من قبل
support-already = تأييدك محسوب من قبل. شكرًا لك.
support-counted-title = شكرًا على تأييدك
support-counted = حسبنا تأييدك لـ"{ $title }". أصبح لهذه الأولوية الآن { $count ->
    [one] مؤيد واحد
    [two] مؤيدان
    [few] { $count } مؤيدين
    [many] { $count } مؤيدًا
   *[other] { $count } مؤيد
}.
support-closed-title = تقرّر أمر هذه الأولوية
support-closed = لم يعد باب التأييد مفتوحًا لـ"{ $title }": فقد اتخذ الاجتماع قرارًا بشأنها.
support-expired-title = انتهت صلاحية هذا الرابط
support-expired = روابط تأييد الأولويات صالحة لمدة 7 أيام. اطلب رابطًا جديدًا من صفحة الأولوية.
support-invalid-title = هذا الرابط لا يعمل
support-invalid = ربما قطع بريدك الإلكتروني جزءًا من الرابط. جرّب نسخ الرابط كاملًا، أو اطلب رابطًا جديدًا من صفحة الأولوية.
support-back = العودة إلى الأولوية
actions-add = أضف إجراءً
actions-edit = غيّر الإجراء
actions-report = حدّث التقدّم
actions-due = موعد الإنجاز { $date }
actions-overdue = متأخر
actions-owner = المسؤول: { $name }، { $organisation }
actions-dropped-because = أُلغي، والسبب: { $reason }
actions-field-status = كيف يسير العمل؟
actions-field-progress = التقدّم (نسبة مئوية)
actions-field-progress-hint = عدد صحيح من 0 إلى 100.
actions-field-note = ما حدث
actions-field-links = الأدلة (روابط)
actions-field-links-hint = رابط ويب واحد في كل سطر: صور، تقارير، أخبار.
actions-field-reason = إذا أُلغي، فما السبب؟
actions-field-reason-hint = فقط إذا اخترت "أُلغي".
tracker-title = الإجراءات في كل الدوائر
tracker-ward = الدائرة
tracker-every-ward = كل الدوائر
tracker-owner = الجهة المسؤولة
tracker-every-owner = كل الجهات
tracker-status = الحالة
tracker-every-status = أي حالة
tracker-due-from = موعد الإنجاز من
tracker-due-to = موعد الإنجاز حتى
tracker-overdue-only = المتأخرة فقط
tracker-filter = اعرض الإجراءات
tracker-count = { $count ->
    [zero] لا توجد إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
    [many] { $count } إجراءً
   *[other] { $count } إجراء
}
tracker-col-action = الإجراء
tracker-col-due = موعد الإنجاز
team-link = الفريق الافتراضي
grants-title = منح صغيرة
grants-lede = أموال للأنشطة التي يقوم بها الجيران معًا. نتخذ القرار خلال أيام، وفي اللجنة سكان من المنطقة. لا تحتاج إلى رقم جمعية خيرية.
grants-by-phone = يمكنك أيضًا التقديم بالهاتف أو على الورق: اتصل بالمجلس واطلب فريق المنح، وسيملؤون النموذج معك.
grants-none = لا توجد صناديق منح بعد.
grants-back = كل المنح الصغيرة
grants-up-to = حتى { $amount }
grants-fast-track-line = المبالغ حتى { $amount } نتخذ القرار فيها خلال { $days } من أيام العمل
grants-standard-line = المبالغ الأكبر تتخذ لجنة القرار فيها خلال { $days } من أيام العمل
grants-open = مفتوحة
grants-closed = مغلقة
grants-closes-on = تُغلق في { $date }
grants-rolling = مفتوحة طوال العام
grants-next-opens = تبدأ الجولة القادمة في { $date }.
grants-open-data = بيانات مفتوحة
grants-open-data-lede = ننشر كل منحة في اليوم نفسه الذي تُمنح فيه، وفق معيار 360Giving Data Standard.
grants-360-json = المنح الممنوحة (360Giving JSON)
grants-360-csv = المنح الممنوحة (360Giving CSV)
grants-apply = قدّم الآن
grants-max = أقصى مبلغ يمكنك طلبه
grants-how-fast = سرعة اتخاذ القرار
grants-where = أين
grants-whole-city = المدينة كلها
grants-who = من يمكنه التقديم
grants-any-group = أي مجموعة مجتمعية
grants-no-charity-number = لا تحتاج إلى رقم جمعية خيرية: يمكن لمجموعة ليس لها نظام أساسي أن تقدّم عن طريق شخصين لا تربطهما قرابة.
grants-criteria = ما تبحث عنه اللجنة
grants-criterion = { $name } (الوزن { $weight })
grants-budget = الميزانية
grants-pots = كيف تُوزَّع الميزانية على الدوائر
grants-col-ward = الدائرة
grants-col-pot = المبلغ المخصّص
grants-rounds = الجولات
grants-start-title = ابدأ طلبك
grants-start-lede = أخبرنا باسم مجموعتك، وأين أنتم، وكيف نتواصل معك. نحفظ طلبك أولًا بأول، ونرسل إليك رابطًا بالبريد الإلكتروني لتكمله في أي وقت.
grants-start-button = احفظ وتابع
grants-field-group-name = اسم مجموعتك
grants-field-ward = الدائرة التي يقع فيها مشروعك
grants-field-ward-hint = إذا لم تكن متأكدًا، فاختر الدائرة التي يعيش فيها معظم الناس الذين تساعدهم.
grants-field-your-name = اسمك
grants-field-your-email = عنوان بريدك الإلكتروني
grants-field-your-email-hint = نرسل رابط طلبك إلى هذا العنوان. ليس لديك بريد إلكتروني؟ قدّم بالهاتف بدلًا من ذلك.
grants-application-title = طلبك
grants-application-lede = املأ أكبر قدر ممكن. احفظ وارجع لاحقًا في أي وقت من الرابط الذي أرسلناه إليك بالبريد الإلكتروني، وأرسل الطلب عندما تكون جاهزًا.
grants-enter-title = أدخل طلبًا قُدّم بالهاتف أو على الورق
grants-field-channel = كيف وصل الطلب؟
grants-field-channel-hint = يُحتسب تمامًا مثل الطلب المقدَّم عبر الإنترنت، ويُذكر معه كيف وصل ومن أدخله.
grants-channel-phone = بالهاتف
grants-channel-paper = على الورق
grants-channel-online = عبر الإنترنت
grants-section-group = مجموعتك
grants-field-group-kind = ما نوع مجموعتك؟
grants-field-charity-number = رقم الجمعية الخيرية
grants-field-charity-number-hint = للجمعيات الخيرية المسجّلة فقط.
grants-field-company-number = رقم الشركة
grants-field-company-number-hint = فقط لشركة المصلحة المجتمعية (community interest company) أو الشركة المحدودة بالضمان (company limited by guarantee).
grants-section-people = الأشخاص الذين يقدّمون الطلب
grants-field-contact-name = اسمك
grants-field-contact-email = عنوان بريدك الإلكتروني
grants-field-contact-phone = رقم هاتفك
grants-second-person-lede = المجموعة التي ليس لها نظام أساسي تقدّم الطلب عن طريق شخصين لا تربطهما قرابة ولا يعيشان معًا.
grants-field-second-name = اسم الشخص الثاني
grants-field-second-email = عنوان بريده الإلكتروني
grants-field-second-phone = رقم هاتفه
grants-field-unrelated = الشخصان
grants-field-unrelated-yes = لا تربطنا قرابة، ولا نعيش في العنوان نفسه
grants-section-money = إلى من تُدفع الأموال
grants-field-payee = أين ندفع المبلغ؟
grants-field-payee-hint = ليس لديك حساب مصرفي؟ يمكن لمنظمة أخرى تثق بها، تُسمّى "المضيف المالي" (fiscal host)، أن تستلمه نيابةً عنك.
grants-payee-account = حساب مصرفي باسم المجموعة
grants-payee-host = مضيف مالي: منظمة أخرى تستلم المبلغ نيابةً عنا
grants-field-account-name = الاسم المكتوب على الحساب المصرفي
grants-field-host-name = اسم المضيف المالي
grants-field-host-email = عنوان البريد الإلكتروني للمضيف المالي
grants-section-project = مشروعك
grants-field-project-title = اسم مشروعك
grants-field-project-summary = ماذا ستفعل بالمال؟
grants-field-project-summary-hint = بكلماتك أنت. من سيستفيد منه، وكيف؟
grants-field-amount = كم تطلب، بالجنيه الإسترليني؟
grants-field-amount-hint = حتى { $max }. الطلبات حتى { $fast } نتخذ القرار فيها خلال { $days } من أيام العمل.
grants-field-people-reached = كم شخصًا تقريبًا سيصل إليهم المشروع؟
grants-section-about = عن مجموعتك (اختياري)
grants-about-lede = تساعدنا هذه المعلومات على معرفة هل تصل الأموال إلى كل المجتمعات. لا ننشرها أبدًا عن مجموعتك، بل نحسبها مع غيرها فقط.
grants-field-minority-led = هل يقود مجموعتك أشخاص من السود أو الآسيويين أو الأقليات العرقية؟
grants-field-funded-before = هل حصلت مجموعتك على منحة من المجلس من قبل؟
grants-yes = نعم
grants-no = لا
grants-rather-not-say = أفضّل عدم الإجابة
grants-send = أرسل الطلب
grants-save-later = احفظ وارجع لاحقًا
grants-status-title = الطلب { $reference }
grants-status-is = حالة طلبك: { $state }.
grants-asked-for = المبلغ المطلوب
grants-awarded = المبلغ الممنوح
grants-who-decides = من يتخذ القرار
grants-decided-by = ستعرف القرار بحلول
grants-reasons = الأسباب
grants-asked-title = نحتاج منك إلى معلومات أكثر قليلًا
grants-field-answer = إجابتك
grants-send-answer = أرسل إجابتك
grants-timeline = ما حدث حتى الآن
grants-event-saved = حُفظ الطلب
grants-event-submit = أُرسل الطلب
grants-event-ask = طُلبت معلومات إضافية
grants-event-answer = أُرسلت الإجابة
grants-event-award = مُنحت المنحة
grants-event-decline = لم تُمنح المنحة
grants-event-withdraw = سُحب الطلب
grants-withdraw = اسحب هذا الطلب
grants-manage-back = المنح
grants-track-fast = المسار السريع
grants-track-standard = اللجنة
grants-after-award = بعد منح المنحة
grants-letter-link = خطاب المنحة (لطباعته أو الاحتفاظ به)
grants-payment-is = الدفع: { $state }
grants-return-received = وصلنا تقريرك عن نهاية المنحة: شكرًا لك
grants-return-title = أخبرنا كيف سارت الأمور
grants-return-lede = بضعة أسطر عندما ينتهي مشروعك، في موعد أقصاه { $date }.
grants-field-what-happened = ماذا حدث؟
grants-field-people-took-part = كم شخصًا تقريبًا شارك؟
grants-field-spent-on = على ماذا أُنفقت الأموال؟
grants-field-learned = ماذا تعلّمت، وماذا كنت ستفعل بشكل مختلف؟
grants-send-return = أرسل تقريرك
grants-reach-title = أين ذهبت الأموال: { $fund }
grants-reach-link = أين ذهبت الأموال، وما سرعة اتخاذ القرار
grants-reach-round = الجولة
grants-reach-all-rounds = كل الجولات
grants-reach-show = اعرض
grants-reach-summary = عدد الطلبات: { $applications }، عدد المنح: { $awards }، المبلغ الممنوح: { $amount }.
grants-reach-suppressed = الأعداد الأقل من 5 تظهر على أنها "أقل من 5"، حتى لا تُميَّز أي مجموعة صغيرة. الأرقام نفسها متاحة كبيانات مفتوحة:
grants-reach-speed = أيام العمل حتى اتخاذ القرار
grants-reach-col-round = الجولة
grants-reach-days = الوسيط { $median }، و90% خلال { $p90 } (عدد القرارات: { $count })
grants-reach-wards = حسب الدائرة
grants-reach-col-deprivation = الحرمان (متوسط درجة IMD 2025)
grants-reach-col-awards = المنح
grants-reach-col-amount = المبلغ الممنوح
grants-reach-who = من وصلت إليهم الأموال
grants-reach-fewer = أقل من 5
grants-reach-tally = عدد المنح: { $count }، بمبلغ { $amount }
grants-reach-first-time = مجموعات تحصل على تمويل لأول مرة
grants-reach-minority-led = مجموعات يقودها أشخاص من السود أو الآسيويين أو الأقليات العرقية (حسب تصريحها)
vol-sign-up-title = تطوّع لمساعدة جيرانك
vol-help-title = اطلب المساعدة
vol-help-lede = يمكن لمتطوّع من منطقتك أن يساعد في أمور مثل التسوّق، أو إحضار الأدوية الموصوفة، أو مكالمة ودّية. أخبرنا بما هو مطلوب. لا يظهر العنوان ورقم الهاتف إلا للمتطوّع الذي يتولى الطلب.
vol-help-button = اطلب المساعدة
vol-record-title = سجّل طلب مساعدة
vol-record-lede = لساكن اتصل هاتفيًا أو أرسل نموذجًا ورقيًا. يُعامل تمامًا مثل الطلب المقدَّم عبر الإنترنت، ويُسجَّل على أنك أنت من استلمه.
vol-record-button = سجّل الطلب
vol-field-what = ما المساعدة المطلوبة؟
vol-field-help-skills = ما نوع المساعدة؟
vol-field-resident-name = اسم الشخص الذي يحتاج إلى المساعدة
vol-field-address = رقم المنزل واسم الشارع
vol-field-address-hint = لا يرى رقم المنزل إلا المتطوّع الذي يتولى هذا الطلب.
vol-field-postcode = الرمز البريدي
vol-field-resident-phone = رقم هاتف يمكن للمتطوّع الاتصال به
vol-field-urgency = متى يجب أن تصل المساعدة؟
vol-field-needed-by = مطلوبة قبل تاريخ (اختياري)
vol-field-needed-by-hint = مثلًا: 2026-03-31.
vol-field-language = اللغة التي يجب أن يتحدثها المتطوّع
vol-field-language-english = الإنجليزية مناسبة
vol-field-person = لمن المساعدة؟
vol-field-in-home-legend = الزيارة
vol-field-in-home = سيدخل المتطوّع إلى المنزل
vol-field-car-needed-legend = السيارة
vol-field-car-needed = تحتاج إلى سيارة
vol-field-when = متى يمكن تقديم المساعدة؟
vol-field-when-hint = لا تضع علامة على أي خانة إذا كان أي وقت مناسبًا.
vol-field-level = فحص DBS المطلوب
vol-field-level-hint = يحدّد كِث نوع الفحص حسب الشخص الذي تُقدَّم له المساعدة، وهل سيدخل المتطوّع إلى المنزل. اطلب فحصًا أعلى إذا كنت تعرف أكثر، ولا تطلب أقل أبدًا.
vol-field-level-rule = حسب القاعدة
vol-field-workforce = فئة العمل
vol-help-sent-title = وصلنا طلبك
vol-help-sent-reference = الرقم المرجعي لطلبك هو
vol-help-sent-next = سيبحث أحد المنسّقين عن متطوّع قريب منك. وسيتصل بك المتطوّع قبل أن يأتي.
vol-opportunities-title = التطوع
vol-opportunities-lede = منظمات محلية تبحث عن متطوّعين: أدوار منتظمة ومهام لمرة واحدة.
vol-opportunities-none = لا توجد فرص مطابقة.
vol-field-interest = الاهتمام
vol-any-interest = أي اهتمام
vol-find = ابحث
vol-away = على بُعد { $distance }
vol-starts = يبدأ في { $date }

# Paper
print-large = اعرض هذه الصفحة بخط كبير
print-standard = اعرض هذه الصفحة بالخط العادي
print-hint = اطبعها من قائمة المتصفح؛ ستُطبع كما تظهر.

# Community buildings, ward profiles, stakeholders, sign-in, accessibility, privacy and data, and status names
attribution-ons = المصدر: مكتب الإحصاءات الوطنية (Office for National Statistics)، مرخّص بموجب Open Government Licence v3.0.
attribution-lsoa = ربط الدوائر بالمناطق الصغيرة (LSOA): مكتب الإحصاءات الوطنية (Office for National Statistics)، Open Government Licence v3.0.
attribution-lsoa-boundaries = حدود المناطق الصغيرة (LSOA): ملف LSOA 2011 GeoJSON من إعداد Martin Chorley (github.com/martinjc/UK-GeoJSON)، بترخيص CC BY 4.0، وحدود LSOA الصادرة عن ONS في ديسمبر 2021 عبر open-innovations/geography-bits؛ يحتوي على بيانات OS وONS © حقوق التاج للنشر وقاعدة البيانات.
attribution-iod = مؤشرات الحرمان في إنجلترا 2025 (English Indices of Deprivation 2025): وزارة الإسكان والمجتمعات والحكم المحلي (Ministry of Housing, Communities and Local Government)، Open Government Licence v3.0.
sign-in-title = تسجيل الدخول
sign-in-heading = تسجيل الدخول
sign-in-lede = سجّل الدخول بعنوان البريد الإلكتروني وكلمة المرور لحسابك كموظف أو كشريك.
sign-in-email = عنوان البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = سجّل الدخول
sign-in-oidc-lede = إذا كنت تعمل لدى { $name }، فسجّل الدخول بحساب عملك.
sign-in-oidc-button = سجّل الدخول عبر { $name }
sign-in-oidc-or-password = أو سجّل الدخول بكلمة مرور كِث
save = احفظ
accessibility-title = بيان إمكانية الوصول
accessibility-intro = يدير هذه الخدمة مجلس مدينة { $city }. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدامها. يجب أن تستطيع:
accessibility-zoom = تكبير الصفحة حتى 400% دون أن يخرج النص عن حدود الشاشة
accessibility-keyboard = استخدام الخدمة كلها بلوحة المفاتيح وحدها
accessibility-screen-reader = استخدام الخدمة بقارئ الشاشة
accessibility-no-javascript = استخدام كل الصفحات بدون JavaScript، أو مع اتصال بطيء بالإنترنت، أو بعد طباعتها على الورق
accessibility-languages = قراءة أداة البحث عن الدائرة بلغات أخرى، منها لغات تُكتب من اليمين إلى اليسار
accessibility-status-heading = مدى الالتزام بالمعايير
accessibility-status = تهدف هذه الخدمة إلى تحقيق المستوى AA من إرشادات إمكانية الوصول إلى محتوى الويب (Web Content Accessibility Guidelines)، الإصدار 2.2.
accessibility-testing-heading = كيف نختبرها
accessibility-testing = في كل مرة يتغيّر فيها البرنامج، نفحص كل صفحة عامة، مع رسائل الخطأ فيها، فحصًا آليًا وفق قواعد WCAG 2.2 للمستويين A وAA، بعرض شاشة الهاتف وشاشة الكمبيوتر، ونجرّبها بلوحة المفاتيح وحدها.
accessibility-report-heading = الإبلاغ عن المشكلات
accessibility-report = إذا وجدت مشكلة، أو احتجت إلى المعلومات بشكل آخر، فتواصل مع منسّق الحي (تجد بياناته في صفحة دائرتك).
accessibility-enforcement = لجنة المساواة وحقوق الإنسان (Equality and Human Rights Commission) هي المسؤولة عن تطبيق لوائح إمكانية الوصول. إذا لم تكن راضيًا عن ردّنا، فتواصل مع خدمة المساواة للاستشارة والدعم (Equality Advisory and Support Service).
privacy-title = إشعار الخصوصية
privacy-intro = يدير هذه الخدمة مجلس مدينة { $city }. يوضّح هذا الإشعار ما تحتفظ به الخدمة من معلومات عنك، ولماذا.
privacy-finder-heading = البحث عن دائرتك
privacy-finder = نستخدم الرمز البريدي الذي تدخله لنعرف دائرتك، ولا نحفظه.
privacy-staff-heading = حسابات الموظفين والشركاء
privacy-staff = نحتفظ لأصحاب الحسابات بالاسم، وعنوان البريد الإلكتروني، والأدوار، وسجل بكل مرة سجّلوا فيها الدخول وكل تغيير إداري أجروه، لكي تبقى معلومات السكان آمنة.
privacy-cookies-heading = ملفات تعريف الارتباط (Cookies)
privacy-cookies-caption = ملفات تعريف الارتباط التي تضعها هذه الخدمة، وكلها ضرورية لكي تعمل
privacy-cookie-name = الاسم
privacy-cookie-purpose = الغرض
privacy-cookie-expires = تنتهي صلاحيته
privacy-cookie-csrf = يحمي النماذج من أن ترسلها مواقع أخرى
privacy-cookie-session = يُبقيك مسجّل الدخول
privacy-cookie-lang = يتذكّر اللغة التي اخترتها
privacy-cookie-session-end = عندما تغلق المتصفح
privacy-cookie-12-hours = بعد 12 ساعة
privacy-cookie-1-year = بعد سنة واحدة
privacy-rights-heading = حقوقك
privacy-rights = يمكنك أن تطلب نسخة مما نحتفظ به عنك، وأن تطلب تصحيحه. تواصل مع مسؤول حماية البيانات في المجلس.
data-title = مصادر البيانات والتراخيص
data-intro = الدوائر والرموز البريدية والمناطق الإحصائية في هذه الخدمة بيانات مفتوحة:
data-api-heading = البيانات المفتوحة
data-api = بيانات الأماكن متاحة بصيغتي JSON وGeoJSON من واجهة API:
data-directory-title = بيانات الدليل المفتوحة
data-directory-heading = الدليل كبيانات مفتوحة
data-directory-lede = كل خدمات دليل { $city }، وعددها { $count }، ويمكنك إعادة استخدامها مجانًا. لا تحتوي الملفات إلا على ما تنشره الخدمات عن نفسها: لا توجد فيها أي بيانات شخصية.
data-directory-downloads = التنزيل
data-directory-ndjson = Open Referral UK، خدمة واحدة في كل سطر (ndjson)
data-directory-csv = جدول بيانات (CSV)
data-directory-geojson = نقاط على الخريطة (GeoJSON)
data-directory-api = واجهة API
data-directory-api-body = السجلات نفسها متاحة عبر واجهة API وفق Open Referral UK 3.0، ولا تحتاج إلى مفتاح:
data-directory-template = أرسل إلينا خدماتك
data-directory-template-body = يمكن للمجموعات والشبكات أن ترسل خدماتها في جدول بيانات بهذه الأعمدة (وهي نفس أعمدة ملف CSV للتنزيل)، أو كتغذية بيانات وفق Open Referral UK:
data-directory-licence = بيانات الدليل متاحة بموجب Open Government Licence v3.0.
link-title = هل ما زالت هذه المعلومات صحيحة؟
link-heading = هل ما زالت معلومات { $name } صحيحة؟
link-confirm = نعم، كلها ما زالت صحيحة
link-changed = هل تغيّر شيء؟
link-sign-in = سجّل الدخول وحدّثها
link-done-title = شكرًا لك
link-done-body = سجّلنا أن المعلومات رُوجعت اليوم. وسنسألك مرة أخرى بعد 6 أشهر.
link-problem-title = هذا الرابط لا يعمل
link-used = رُوجعت المعلومات أو تغيّرت منذ إرسال هذا الرابط، لذلك لم يعد يعمل. لا تحتاج إلى فعل أي شيء آخر.
link-gone = هذه الخدمة لم تعد موجودة في الدليل.
link-invalid = الرابط غير كامل. انسخ الرابط كاملًا من البريد الإلكتروني، أو سجّل الدخول بدلًا من ذلك.
link-problem-next = إذا كنت تحتاج إلى تحديث المعلومات، فاطلب ذلك من مسؤول الشبكة، أو
save-changes = احفظ التغييرات
forums-field-title = اسم الاجتماع
forums-field-title-hint = اتركه فارغًا ليكون الاسم "اجتماع دائرة { $ward }".
forums-field-date = التاريخ
forums-field-date-hint = مثلًا: 2027-03-14
forums-field-starts = يبدأ
forums-field-ends = ينتهي
forums-field-time-hint = مثلًا: 18:30 أو 6:30pm
forums-field-location = مكان من الدليل
forums-field-location-hint = اختر أحد الأماكن المجتمعية في الدائرة، أو اكتب مكان الاجتماع أدناه.
forums-no-location = ليس من هذه الأماكن
forums-field-venue = مكان الاجتماع
forums-field-venue-hint = الاسم والعنوان، لكي يجده الناس.
forums-field-online = رابط الحضور عبر الإنترنت (اختياري)
action-status-done = أُنجز
action-status-dropped = أُلغي
stakeholders-title = خريطة الجهات المعنية
stakeholders-ward-title = خريطة الجهات المعنية: { $ward }
stakeholders-lede = من يعمل في كل حي، ومن يشغل كل دور، وأي المنظمات تعمل معًا.
stakeholders-ward = الدائرة
stakeholders-whole-city = المدينة كلها
stakeholders-city-wide = على مستوى المدينة (لا تتبع دائرة واحدة)
stakeholders-kind = نوع المنظمة
stakeholders-every-kind = كل الأنواع
stakeholders-show = اعرض
stakeholders-add-organisation = أضف منظمة
stakeholders-measures = الشبكة في لمحة
stakeholders-organisations = المنظمات
stakeholders-partnerships = الشراكات
stakeholders-groups = مجموعات منفصلة
stakeholders-groups-value = { $count } (عدد المنظمات في أكبرها: { $largest })
stakeholders-isolated = تعمل وحدها
stakeholders-isolated-hint = منظمات لم تُسجَّل لها أي شراكة: قد يفيد أن تعرّفها على غيرها.
stakeholders-bridges = الجسور
stakeholders-bridges-hint = لولا هذه المنظمات، لما بقي أي رابط بين مجموعات تعمل معًا الآن.
stakeholders-brokers = حلقات الوصل
stakeholders-brokers-hint = المنظمات التي تقع على أكبر عدد من المسارات بين المنظمات الأخرى (مقياس البينية، من 0 إلى 1).
stakeholders-holds = { $count ->
    [one] تربط بين مجموعتين كانتا ستنفصلان لولاها
    [two] تربط مجموعتين ببقية الشبكة
    [few] تربط { $count } مجموعات ببقية الشبكة
    [many] تربط { $count } مجموعة ببقية الشبكة
   *[other] تربط { $count } مجموعة ببقية الشبكة
}
stakeholders-none = لا يوجد.
stakeholders-network = الشبكة
stakeholders-network-title = كيف تعمل المنظمات في { $ward } معًا
stakeholders-network-desc = كل نقطة في الرسم منظمة، وكل خط شراكة. الجسور باللون البرتقالي، والمنظمات التي تعمل وحدها باللون الرمادي. والقوائم في هذه الصفحة تعطي المعلومات نفسها كنص.
stakeholders-network-key = البرتقالي: الجسور. الرمادي: تعمل وحدها. النقاط الأكبر لها شراكات أكثر. اختر نقطة لترى المنظمة.
stakeholders-city-network-title = الشراكات بين الدوائر
stakeholders-city-network-desc = كل نقطة في الرسم دائرة، وتكبر كلما زاد عدد المنظمات التي مقرّها فيها. والخطوط تصل بين الدوائر التي تعمل منظماتها معًا، وتزداد سماكةً كلما زادت الشراكات.
stakeholders-city-key = النقاط دوائر، وحجمها حسب عدد منظماتها؛ والخطوط شراكات بين الدوائر. عدد المنظمات التي تعمل على مستوى المدينة: { $count }. اختر دائرة لترى شبكتها.
stakeholders-ward-node = { $ward }: عدد المنظمات { $count }
stakeholders-export = نزّل الشبكة:
stakeholders-export-organisations = المنظمات (CSV)
stakeholders-export-partnerships = الشراكات (CSV)
stakeholders-people = الأشخاص وأدوارهم
stakeholders-col-name = الاسم
stakeholders-col-role = الدور
stakeholders-col-area = المنطقة
stakeholders-shown = المعروض هنا: { $shown } من { $count }
stakeholders-partner-count = { $count ->
    [zero] لا توجد شراكات
    [one] شراكة واحدة
    [two] شراكتان
    [few] { $count } شراكات
    [many] { $count } شراكة
   *[other] { $count } شراكة
}
stakeholders-since = منذ { $date }
stakeholders-no-partners = لم تُسجَّل أي شراكات.
stakeholders-remove-partnership = احذف
stakeholders-edit-profile = غيّر التفاصيل
stakeholders-add-partnership = سجّل شراكة
stakeholders-field-name = الاسم
stakeholders-field-description = ماذا تعمل
stakeholders-field-website = الموقع الإلكتروني (اختياري)
stakeholders-field-partner = تعمل مع
stakeholders-field-partnership-kind = كيف تعملان معًا
stakeholders-field-started = منذ (اختياري)
stakeholders-field-ended = حتى (اختياري)
stakeholders-field-note = ماذا تفعلان معًا
vol-own-title = تطوّعك
vol-own-you-are = حالتك الآن: { $state }.
vol-pause = توقّف مؤقتًا: لا أستطيع تولّي مهام الآن
vol-resume = استأنف: أستطيع تولّي مهام مرة أخرى
vol-contact-title = من تساعده في الطلب { $reference }
vol-contact-audited = احتفظ بهذه البيانات لنفسك. نسجّل كل مرة تُعرض فيها.
vol-offered-title = مهام معروضة عليك
vol-offered-none = لا توجد مهام تنتظر ردّك.
vol-accepted-title = مهامك
vol-accepted-none = ليست لديك أي مهام الآن.
vol-needed-by = مطلوبة قبل { $date }
vol-accept = اقبل
vol-decline = ارفض
vol-show-address = اعرض العنوان ورقم الهاتف
vol-field-note = ملاحظة للمنسّق
vol-done = أنجزتها
vol-could-not = لم أستطع إنجازها
vol-near-title = مهام بالقرب منك
vol-near-lede = مهام مفتوحة يمكنك القيام بها. ترى اسم الشارع، ويظهر العنوان عندما تصبح المهمة لك.
vol-near-none = لا توجد بالقرب منك مهام مفتوحة تناسب ما تقدّمه.
vol-claim = سأقوم بهذه المهمة
tb-title = بنك الوقت
tb-field-hours = المدة
tb-field-hours-hint = مثلًا: 1:30 أو 45 min.
tb-field-what = ما المساعدة التي قُدّمت
tb-field-on = في أي يوم
tb-record-button = سجّل الساعات
tb-statement-title = كشف حسابك في بنك الوقت
tb-balance = رصيدك: { $hours }.
tb-waiting-helped = يقول { $other } إنك ساعدته لمدة { $hours } ({ $what }، { $on }).
tb-waiting-was-helped = يقول { $other } إنه ساعدك لمدة { $hours } ({ $what }، { $on }).
tb-confirm = أكّد
tb-refuse = هذا غير صحيح
tb-record-yours = سجّل وقتًا قدّمته أو تلقّيته
tb-field-other = عنوان البريد الإلكتروني للعضو الآخر
tb-field-direction = من ساعد من؟
tb-gave = أنا ساعدته
tb-received = هو ساعدني
intelligence-profile-title = لمحة عن دائرة { $ward }
intelligence-profile-back = العودة إلى { $ward }
intelligence-profile-caption = لمحة عن الدائرة
intelligence-population = عدد السكان هنا: { $people } ({ $source }).
intelligence-none = لم تُستورد أي أرقام بعد.
intelligence-deprivation-heading = الحرمان
intelligence-deprivation-lede = كم من سكان الدائرة يعيشون في كل عُشر من المناطق الصغيرة في إنجلترا، من الأشد حرمانًا (العُشر 1) إلى الأقل حرمانًا (العُشر 10). وفي إنجلترا ككل، يعيش عُشر السكان في كل عُشر منها.
intelligence-weights-equal = تُحسب كل منطقة صغيرة (LSOA) حسب تقدير لعدد سكانها: يُقسَّم عدد سكان الدائرة في تعداد 2021 (Census 2021) بالتساوي على مناطقها الصغيرة، لأنها مرسومة بحيث يكون فيها عدد متقارب من الناس.
intelligence-weights-none = لم تُستورد أعداد السكان، لذلك تُحسب كل منطقة صغيرة (LSOA) بالوزن نفسه.
intelligence-in-decile-one = من سكانها يعيشون في العُشر الأشد حرمانًا في إنجلترا
intelligence-deciles-caption = نسبة السكان في كل عُشر على المستوى الوطني: { $domain }
intelligence-decile = العُشر
intelligence-city = المدينة
intelligence-england = إنجلترا
intelligence-see-map = خريطة { $indicator }
intelligence-indicator = المؤشر
intelligence-interval = فترة الثقة 95%: { $range }
intelligence-not-given = غير متوفر
intelligence-sources-heading = المصادر
intelligence-all-link = كل الأرقام والخرائط والبيانات
intelligence-index-title = الأرقام والخرائط والبيانات المفتوحة
intelligence-index-lede = كل رقم يحتفظ به كِث عن دوائر المدينة ومناطقها، مع خرائطه وبياناته للتنزيل. الأرقام عن المناطق، وليست أبدًا عن الأشخاص، ولا نعرض الأعداد الأقل من 5.
intelligence-maps = الخرائط
intelligence-data = البيانات
intelligence-level-wards = الدوائر
intelligence-level-lsoas = المناطق الصغيرة (LSOA)
intelligence-map-title = { $indicator }: خريطة حسب { $level }
intelligence-map-lede = { $measure }. المناطق الأغمق قيمها أعلى، وكل قيمة موجودة في الجدول تحت الخريطة.
intelligence-map-other-wards = اعرض هذا حسب الدائرة
intelligence-map-other-lsoas = اعرض هذا حسب المنطقة الصغيرة (LSOA)
intelligence-legend = مفتاح الخريطة
intelligence-areas = { $count ->
    [zero] لا توجد مناطق
    [one] منطقة واحدة
    [two] منطقتان
    [few] { $count } مناطق
    [many] { $count } منطقة
   *[other] { $count } منطقة
}
intelligence-no-value = لا توجد قيمة أو لا تُعرض
intelligence-boundaries = الحدود: { $boundaries }.
intelligence-download = التنزيل:
intelligence-table-heading = كل المناطق
intelligence-class = الفئة
assets-title = المباني والأماكن المجتمعية
assets-lede = المباني والأماكن التي يستخدمها المجتمع: من يملكها، وما الغرض منها، وكم شخصًا تتسع له، ومدى إمكانية الوصول إليها، ومن يستخدمها.
assets-acv-link = الأصول ذات القيمة المجتمعية: القائمة والترشيحات التي لم تُقبل
assets-add = أضف مبنى أو مكانًا
assets-edit = غيّر تفاصيل هذا المبنى
assets-ward-filter = الدائرة
assets-all-wards = كل الدوائر
assets-show = اعرض
assets-count = { $count ->
    [zero] لا توجد مبانٍ أو أماكن
    [one] مبنى أو مكان واحد
    [two] مبنيان أو مكانان
    [few] { $count } مبانٍ وأماكن
    [many] { $count } من المباني والأماكن
   *[other] { $count } من المباني والأماكن
}
assets-name = الاسم
assets-use = نوعه
assets-owner = المالك
assets-ward = الدائرة
assets-capacity = السعة (عدد الأشخاص)
assets-none = لا توجد في السجل بعد أي مبانٍ أو أماكن هنا.
assets-targets-heading = كم يستغرق نقل أصل إلى المجتمع
assets-targets-lede = يمكن لمنظمة مجتمعية أن تطلب تولّي مبنى تابع للمجلس. هذه هي المدد التي يستهدفها المجلس لكل مرحلة، بأيام العمل.
assets-stage = المرحلة
assets-target = الهدف
assets-working-days = { $count ->
    [zero] لا أيام عمل
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
}
assets-ongoing = مستمرة
assets-address = العنوان
assets-condition = حالة المبنى
assets-not-known = غير معروف
assets-accessibility = إمكانية الوصول
assets-used-by = من يستخدمه
assets-since = منذ { $date }
assets-acv-heading = أصل ذو قيمة مجتمعية
assets-listed-until = مُدرج في القائمة حتى { $date }
assets-acv-title = الأصول ذات القيمة المجتمعية
assets-acv-lede = أراضٍ ومبانٍ أُدرجت في القائمة لأن استخدامها يخدم رفاه المجتمع. وعندما يريد المالك بيع أحدها، تحصل المجموعات المجتمعية على مهلة لتقدّم عرضًا لشرائه. وينشر المجلس هذه القائمة والترشيحات التي لم يُدرجها، كما يشترط قانون Localism Act 2011.
assets-acv-listed = المُدرجة في القائمة
assets-nominated-by = الجهة التي رشّحته
assets-listed-on = تاريخ الإدراج
assets-listing-ends = نهاية الإدراج
assets-standing = الوضع الحالي
assets-until = حتى { $date }
assets-acv-none-listed = لم يُدرج أي شيء بعد.
assets-acv-unsuccessful = الترشيحات التي لم تُقبل
assets-acv-none-unsuccessful = لا توجد ترشيحات لم تُقبل.
assets-decided-on = تاريخ القرار
assets-transfers-title = نقل الأصول إلى المجتمع
assets-nominations-title = ترشيحات الأصول ذات القيمة المجتمعية
assets-services-here = الخدمات التي تُقدَّم هنا ({ $place })
assets-no-services-here = لا توجد بعد في الدليل أي خدمات تُقدَّم هنا.
assets-ask-heading = للمجموعات المجتمعية
assets-ask-nominate-link = رشّحه كأصل ذي قيمة مجتمعية
assets-ask-transfer-link = اطلب تولّيه (نقل أصل إلى المجتمع)
assets-ask-nominate-title = رشّح { $name } كأصل ذي قيمة مجتمعية
assets-ask-nominate-lede = إذا كان المبنى أو الأرض يُستخدم بطريقة تخدم رفاه مجتمعك، فيمكن لمجموعتك أن ترشّحه. يتخذ المجلس قراره خلال ثمانية أسابيع؛ وبعد إدراجه في القائمة، تحصل مجموعتك على مهلة لتقدّم عرضًا إذا أراد المالك بيعه.
assets-ask-transfer-title = اطلب تولّي { $name }
assets-ask-transfer-lede = يمكن لمنظمة مجتمعية أن تطلب تولّي مبنى تابع للمجلس، بالإيجار أو بنقل ملكيته. هذا إبداء اهتمام منك: سيتواصل معك المجلس بشأن الخطوات التالية والوقت الذي تستغرقه كل خطوة.
assets-ask-phone = يمكنك أيضًا فعل ذلك بالهاتف أو برسالة إلى المجلس، وسيسجّله لك.
assets-ask-name = مجموعتك أو منظمتك
assets-ask-email = عنوان البريد الإلكتروني لتلقّي ردود المجلس
assets-ask-nominate-words = كيف يخدم استخدامه الرفاه الاجتماعي للمجتمع أو مصالحه
assets-ask-transfer-words = لأي غرض ستستخدمه منظمتك (اختياري)
assets-ask-send = أرسل
assets-asked-title = تم الإرسال
assets-asked-nominate = وصل ترشيحك إلى المجلس. سيبلغك بقراره خلال ثمانية أسابيع على العنوان { $email }.
assets-asked-transfer = وصل إبداء اهتمامك إلى المجلس. سيكتب إليك على العنوان { $email } في كل خطوة.
assets-asked-back = العودة إلى { $name }
intelligence-needs-heading = الاحتياجات وما هو قريب من السكان
intelligence-needs-lede = لكل نوع من الاحتياجات في الدليل: كم خدمة تقع على مسافة ميل سيرًا على الأقدام من أماكن سكن الناس في الدائرة، لكل 1,000 ساكن، مقارنةً بالمدينة. وتأتي أولًا أكبر الفجوات بين الحاجة والخدمات المتاحة.
intelligence-need = الحاجة
intelligence-within-reach = القريبة لكل 1,000 ساكن
intelligence-why = سبب ترتيبها هنا
intelligence-useful-hours = منها { $count } مفتوحة مساءً أو في عطلة نهاية الأسبوع
intelligence-other-languages = منها { $count } بلغات أخرى
intelligence-gap-title = دعم أكثر وأقرب إلى السكان في مجال { $need }
intelligence-propose-priority = اقترح هذا كأولوية للدائرة
intelligence-assessment-link = حزمة التقييم الاستراتيجي للمنطقة (للطباعة، وبصيغة CSV)
intelligence-assessment-title = التقييم الاستراتيجي للمنطقة: { $ward }
intelligence-assessment-caption = بتاريخ { $date }
intelligence-assessment-csv = نزّل الحزمة بصيغة CSV
intelligence-most-deprived-tenth = في العُشر الأشد حرمانًا في إنجلترا
intelligence-against-city = مقارنةً بالمدينة
intelligence-gaps-heading = أكبر الفجوات بين الحاجة والخدمات المتاحة
intelligence-priorities-heading = أولويات اجتماع الدائرة
intelligence-themes-heading = مواضيع الحالات في آخر 12 شهرًا
intelligence-category = الفئة
intelligence-cases = الحالات
intelligence-fewer-than-five = أقل من 5
intelligence-no-cases = لم تُسجَّل هنا أي حالات في آخر 12 شهرًا.
intelligence-not-enough-cases = عدد الحالات غير كافٍ بعد
intelligence-target = الهدف { $percent }%
translations-title = الترجمات
translations-lede = يتحدث كِث الإنجليزية ولغات المجتمع المذكورة أدناه. لكل رسالة حالة: مسودة (كتبتها آلة أو كتبها الفريق)، أو تمت مراجعتها (راجعها مترجم من المجتمع)، أو معتمدة (تظهر للجمهور). وإذا لم تُعتمد الرسالة بعد، فتعرضها الصفحة بالإنجليزية.
translations-statuses = يعمل كل مترجم من المجتمع على لغة واحدة، داخل كِث، ويرى النص الإنجليزي بجانب كل رسالة، ومعه مسرد للمصطلحات.
translations-languages = اللغات
translations-language = اللغة
translations-approved = معتمدة
translations-reviewed = راجعها مترجم من المجتمع
translations-waiting = تنتظر المراجعة أو الاعتماد
translations-stale = تغيّر النص الإنجليزي بعد ترجمتها
translations-missing = غير مترجمة
translations-shown-in-english = عُرضت بالإنجليزية منذ بدء تشغيل هذا الخادم
translations-which = أي الرسائل
translations-percent = { $percent }%
translations-of = { $count } من { $total }
translations-work-on = اعمل على { $language }
translations-glossary = مسرد المصطلحات
translations-by-page = حسب الصفحة
translations-by-page-lede = نسبة الرسائل المعتمدة في كل صفحة، وتحتها نسبة ما راجعه مترجم من المجتمع. وكل صفحة تحتاج أيضًا إلى الإطار العام (الترويسة والتذييل وصفحات الخطأ).
translations-page = الصفحة
translations-reviewed-short = تمت مراجعة { $percent }%
translations-page-shell = الترويسة والتذييل والأخطاء
translations-page-home = الصفحة الرئيسية والبحث عن الدائرة
translations-page-wards = كل الدوائر
translations-page-ward = صفحة الدائرة
translations-page-directory = البحث في الدليل
translations-page-service = صفحة الخدمة
translations-page-dates = التواريخ والأوقات ومواعيد العمل
translations-page-shortlist = القائمة المختارة
translations-page-forums = اجتماعات الدوائر والأولويات
translations-page-standards = معايير الخدمة
translations-page-grants = منح صغيرة
translations-page-help = المساعدة والتطوع
translations-page-assets = المباني المجتمعية

# Volunteering sign-up, a volunteer's own pages and status names
case-state-new = جديدة
case-state-transferred = حُوّلت
case-state-acknowledged = أُكّد استلامها
case-state-accepted = قُبلت
case-state-waiting = في الانتظار
case-state-resolved = حُلّت
case-state-declined = رُفضت
case-state-closed = أُغلقت
case-state-reopened = أُعيد فتحها
case-state-merged = دُمجت لأنها مكرّرة
vol-sign-up-lede = أخبرنا بما تستطيع فعله، وأين، ومتى. يبقى الرمز البريدي لمنزلك خاصًا: لا نستخدمه إلا لنعرض عليك مهام قريبة منك. ويمكنك أن تتوقف مؤقتًا متى احتجت إلى ذلك.
vol-sign-up-button = سجّلني
vol-register-title = سجّل متطوّعًا
vol-register-lede = لشخص اتصل هاتفيًا أو أرسل نموذجًا ورقيًا. يُعامل تمامًا مثل المتطوّع الذي سجّل عبر الإنترنت، ويُسجَّل على أنك أنت من سجّله.
vol-register-button = سجّل هذا المتطوّع
vol-register-phone = سجّل متطوّعًا اتصل هاتفيًا
vol-register-paper = سجّل متطوّعًا من نموذج ورقي
vol-field-name = الاسم
vol-field-email = عنوان البريد الإلكتروني
vol-field-email-hint = نرسل إليك بالبريد الإلكتروني رابطًا لصفحتك الخاصة. إذا لم يكن لديك بريد إلكتروني، فاكتب رقم هاتف بدلًا منه.
vol-field-phone = رقم الهاتف
vol-field-home-postcode = الرمز البريدي لمنزلك
vol-field-home-postcode-hint = يبقى خاصًا. لا نستخدمه إلا لنعرف كم تبعد عنك المهمة.
vol-field-travel = إلى أي مسافة يمكنك أن تذهب، بالكيلومترات؟
vol-field-travel-hint = مثلًا: 2. وحتى 20.
vol-field-skills = بماذا يمكنك أن تساعد؟
vol-field-languages = ما اللغات التي تتحدثها؟
vol-field-languages-hint = غير الإنجليزية. إذا كانت اللغة تُكتب بأكثر من أبجدية، فاختر الأبجدية التي تقرأ بها.
vol-field-availability = متى تكون متاحًا؟
vol-field-availability-hint = لا تضع علامة على أي خانة إذا كنت متاحًا في أي وقت.
vol-field-car-legend = السيارة
vol-field-car = لديّ سيارة أستطيع استخدامها في المهام
vol-field-per-week = ما أكبر عدد من المهام تستطيع القيام به في الأسبوع؟
vol-field-per-week-hint = مثلًا: 3.
vol-field-check-legend = فحص DBS
vol-field-wants-check = أرغب في إجراء فحص DBS، لكي أساعد في الزيارات التي تتطلبه
vol-record-phone = سجّل مكالمة هاتفية
vol-record-paper = سجّل نموذجًا ورقيًا
vol-post-title = انشر فرصة للمتطوّعين
vol-post-button = انشرها
vol-field-organisation = المنظمة
vol-field-title = عنوان الفرصة
vol-field-description = ما يقوم به المتطوّعون
vol-field-kind = النوع
vol-field-starts-on = تاريخ البدء (اختياري)
vol-field-ends-on = تاريخ الانتهاء (اختياري)
vol-manage-title = التطوع
vol-backlog-done-title = وُزّعت الطلبات المتراكمة
vol-backlog-done = عدد الطلبات المفتوحة { $open }: عُرض { $offered } منها على متطوّعين (بمسافة إجمالية { $km } كم)، و{ $unassigned } منها لا يوجد لها متطوّع يستوفي كل الشروط.
vol-backlog-meanwhile = وأسند شخص آخر { $count } منها في أثناء ذلك، فتُركت كما هي.
vol-volunteers-title = المتطوّعون
vol-requests-title = طلبات المساعدة
vol-by-ward = حسب الدائرة
vol-by-ward-none = لا يوجد متطوّعون أو طلبات بعد.
vol-col-ward = الدائرة
vol-col-ready = جاهزون
vol-col-standby = في الاحتياط
vol-col-checks = ينتظرون الفحص
vol-col-today = بدون متطوّع: اليوم
vol-col-this-week = بدون متطوّع: هذا الأسبوع
vol-col-whenever = بدون متطوّع: في أي وقت
vol-col-surge = وضع الطوارئ
vol-surge-on = وضع الطوارئ مفعّل
vol-surge-start = ابدأ وضع الطوارئ
vol-surge-end = أنهِ وضع الطوارئ
vol-call-standby = استدعِ المتطوّعين الاحتياطيين
vol-total = كل دوائرك
vol-open-title = { $count ->
    [zero] لا توجد طلبات مفتوحة
    [one] طلب واحد مفتوح
    [two] طلبان مفتوحان
    [few] { $count } طلبات مفتوحة
    [many] { $count } طلبًا مفتوحًا
   *[other] { $count } طلب مفتوح
}
vol-open-none = لا توجد طلبات مفتوحة.
vol-backlog-lede = اعرض كل طلب مفتوح على أنسب متطوّع دفعة واحدة: الأكثر استعجالًا أولًا، ثم الأقصر مسافة، ودون تجاوز أي شرط أبدًا.
vol-backlog-button = وزّع الطلبات المتراكمة
vol-field-state = الحالة
vol-any-state = أي حالة
vol-show = اعرض
vol-requests-count = { $count ->
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
vol-col-request = الطلب
vol-col-where = أين
vol-col-urgency = مدى الاستعجال
vol-col-state = الحالة
vol-next-page = الصفحة التالية
vol-check-needed = الفحص المطلوب
vol-no-check = لا يوجد
vol-came-in = وصل الطلب
vol-volunteer = المتطوّع
vol-outcome = النتيجة
vol-candidates-title = أنسب المتطوّعين لهذا الطلب
vol-candidates-none = لا يوجد متطوّع يستوفي كل الشروط لهذا الطلب.
vol-excluded-lede = عدد المتطوّعين الذين نظرنا فيهم: { $count }. واستُبعد منهم:
vol-excluded-line = { $count } { $gate }
vol-assign = اعرضه على هذا المتطوّع
vol-timeline = ما حدث حتى الآن
vol-field-cancel-reason = لماذا لم يعد الطلب مطلوبًا؟
vol-cancel = ألغِ الطلب
vol-volunteers-count = { $count ->
    [zero] لا يوجد متطوّعون
    [one] متطوّع واحد
    [two] متطوّعان
    [few] { $count } متطوّعين
    [many] { $count } متطوّعًا
   *[other] { $count } متطوّع
}
vol-dbs-title = فحص DBS
vol-dbs-held = { $level } لفئة العمل { $workforce }، بتاريخ { $date }.
vol-dbs-current = ساري المفعول حتى { $date }
vol-dbs-expired = لم يعد ساري المفعول
vol-dbs-none = لم يُسجَّل أي فحص.
vol-dbs-record = سجّل الفحص
vol-field-certificate-on = التاريخ المكتوب على الشهادة
vol-field-update-service-legend = خدمة التحديث (Update Service)
vol-field-update-service = الشهادة مسجّلة في خدمة التحديث (DBS Update Service)
vol-field-status-checked-on = متى تمّ التحقّق من حالتها آخر مرة (اختياري)
vol-field-consent-legend = الموافقة
vol-field-consent = يوافق صاحبها على أن نتحقّق من حالتها
tb-pot = رصيد المجتمع: { $hours }.
tb-ledger = مجموع سجل الحسابات { $sum }، وعدد القيود فيه { $count } (ومجموعه صفر دائمًا).
tb-record-title = سجّل ساعات من كشف ورقي
tb-record-lede = لتبادلٍ وقّع عليه العضوان على الورق. يُقيَّد في الحساب فورًا، ويُسجَّل على أنك أنت من استلمه على الورق.
tb-field-helper = عنوان البريد الإلكتروني للعضو الذي ساعد
tb-field-helped = عنوان البريد الإلكتروني للعضو الذي تلقّى المساعدة
tb-field-helped-hint = أو اكتب الكلمة community إذا كانت الساعات لرصيد المجتمع.
tb-by-ward = الساعات المقدَّمة في السنة الماضية، حسب الدائرة
tb-by-organisation = الساعات المقدَّمة في السنة الماضية، حسب المنظمة
tb-none = لا شيء بعد.

# Status names with an underscore in their key
case-state-in_progress = قيد التنفيذ
case-state-outcome_recorded = سُجّلت النتيجة
agreements-measure-resolved_within_target = حُلّت ضمن هدف الفئة
agreements-measure-acknowledged_within_target = أُكّد استلامها ضمن هدف الفئة
action-status-not_started = لم يبدأ بعد
action-status-on_track = يسير كما هو مخطط
action-status-at_risk = معرّض للخطر
action-status-off_track = متأخر عن الخطة
grants-event-part_award = مُنحت جزئيًا
grants-event-payment_requested = طُلب الدفع
grants-event-payment_approved = وُوفق على الدفع
grants-event-payment_paid = دُفع

## The JSON API's description

api-title = واجهة API بصيغة JSON في Kith
api-intro = يمكن للبرامج قراءة الأماكن والدليل في Kith بصيغة JSON، دون الحاجة إلى مفتاح. تصف هذه الصفحة كل عنوان: ما يأخذه وبماذا يرد. والوصف نفسه متاح للبرامج في مستند بصيغة OpenAPI 3.1.
api-document-link = الوصف بصيغة OpenAPI 3.1 (JSON)
api-operations = العناوين
api-parameters = ما يأخذه
api-parameter-name = الاسم
api-parameter-in = المكان
api-parameter-about = ما هو
api-required = مطلوب
api-responses = بماذا يرد
api-form = حقول النموذج (متن الطلب)
api-status = الحالة
api-schemas = أشكال الردود
