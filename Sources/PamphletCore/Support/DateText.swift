/// Dates as people read them on a page: "15 March 2025".
enum DateText {
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    private static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]

    static func long(_ date: CalendarDate, language: String) -> String {
        if language.hasPrefix("es") {
            return "\(date.day) de \(spanishMonths[date.month - 1]) de \(date.year)"
        }
        return "\(date.day) \(englishMonths[date.month - 1]) \(date.year)"
    }
}
