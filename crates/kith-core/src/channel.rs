//! How something came into Kith: online by the resident, or keyed by staff from a phone call or a paper form. Every
//! journey has all three; staff who key one are recorded, and it is treated and counted exactly like an online one.

keyed_enum!(
    /// How an application, a sign-up or a request came in.
    Channel, "a way something came in" {
        Online = "online",
        Phone = "phone",
        Paper = "paper",
    }
);

impl Channel {
    /// As people read it: "online", "by phone", "on paper".
    pub fn words(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Phone => "by phone",
            Channel::Paper => "on paper",
        }
    }
}
