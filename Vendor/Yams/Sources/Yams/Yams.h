//
//  Yams.h
//  Yams
//
//  Created by Norio Nomura on 1/25/17.
//  Copyright (c) 2017 Yams. All rights reserved.
//

#import <Foundation/Foundation.h>

//! Project version number for Yams.
FOUNDATION_EXPORT double YamsVersionNumber;

//! Project version string for Yams.
FOUNDATION_EXPORT const unsigned char YamsVersionString[];

// In this header, you should import all the public headers of your framework using statements like #import <Yams/PublicHeader.h>

#import <Yams/yaml.h>
