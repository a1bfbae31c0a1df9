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
